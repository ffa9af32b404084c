package id.satupintu.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file sent with a report, its bytes kept in PostgreSQL (capped in size, see {@link ComplaintProperties}). */
@Entity
@Table(name = "complaint_attachment")
class ComplaintAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long complaintId;
    private String fileName;
    private String contentType;
    private int sizeBytes;
    private byte[] content;
    private Instant addedAt;

    protected ComplaintAttachment() {
    }

    ComplaintAttachment(Long complaintId, NewAttachment file, Instant addedAt) {
        this.complaintId = complaintId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.addedAt = addedAt;
    }

    Long complaintId() { return complaintId; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    byte[] content() { return content; }
}

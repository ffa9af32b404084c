package id.satupintu.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

    /** What the attachments are, without loading their bytes. */
    interface Description {
        Long getId();
        Long getComplaintId();
        String getFileName();
        String getContentType();
        int getSizeBytes();
    }

    List<Description> findByComplaintIdInOrderById(Collection<Long> complaintIds);

    Optional<ComplaintAttachment> findByIdAndComplaintId(Long id, Long complaintId);

    int countByComplaintId(Long complaintId);
}

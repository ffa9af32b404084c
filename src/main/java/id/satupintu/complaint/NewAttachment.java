package id.satupintu.complaint;

/** A file the citizen sent with a report (photo, document), kept in the database. */
public record NewAttachment(String fileName, String contentType, byte[] content) {

    public NewAttachment {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("An attachment needs content");
        }
        if (contentType == null || contentType.isBlank()) {
            contentType = "application/octet-stream";
        }
        if (fileName == null || fileName.isBlank()) {
            fileName = "lampiran";
        }
    }
}

package id.satupintu.complaint;

/** The bytes of one attachment, to serve to a viewer who may see the report. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}

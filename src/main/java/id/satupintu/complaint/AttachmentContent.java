package id.satupintu.complaint;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** The bytes of one attachment, to serve to a viewer who may see the report. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {

    /**
     * The attachment as an HTTP response: images inline (the report pages show them), anything
     * else as a download, never rendered by the browser.
     */
    public ResponseEntity<byte[]> asResponse() {
        boolean image = contentType.startsWith("image/");
        var disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(image ? MediaType.parseMediaType(contentType) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }
}

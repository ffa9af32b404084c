package id.satupintu.channel;

import java.util.Objects;

/** A file a citizen sent (usually a photo), already fetched from the provider. */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }
}

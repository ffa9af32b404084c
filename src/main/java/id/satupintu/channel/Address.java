package id.satupintu.channel;

import java.util.Objects;

/**
 * A citizen as one channel knows them: a Telegram chat id, an E.164 phone number (SMS and
 * WhatsApp), a social-media user id, or a web-chat session. One conversation per address.
 */
public record Address(Channel channel, String id) {

    public Address {
        Objects.requireNonNull(channel);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An address needs an id");
        }
    }

    /** One string naming the address, e.g. {@code telegram:42}, used as a lock and dedupe key. */
    public String key() {
        return channel.code() + ":" + id;
    }

    /** The address a {@link #key()} names. */
    public static Address ofKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not an address key: " + key);
        }
        return new Address(Channel.ofCode(key.substring(0, colon)), key.substring(colon + 1));
    }
}

package id.satupintu.channel;

import java.util.Arrays;
import java.util.Locale;

/** The doors a citizen can come through. {@link #code()} is the name used in data and APIs. */
public enum Channel {
    SMS,
    WHATSAPP,
    TELEGRAM,
    TWITTER,
    INSTAGRAM,
    FACEBOOK,
    WEB;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel ofCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown channel: " + code));
    }
}

package id.satupintu.social;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * {@code sha256=<hex>}: the HMAC-SHA256 of a request's raw body, as Meta sends it in
 * {@code X-Hub-Signature-256} and as forwarders sign {@code POST /webhooks/mentions}.
 */
final class HmacSignature {

    private static final String PREFIX = "sha256=";

    private HmacSignature() {
    }

    static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time comparison; the hex digits may come in either case. */
    static boolean matches(String secret, byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = of(secret, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = (PREFIX + header.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}

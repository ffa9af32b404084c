package id.satupintu.channel.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks that a webhook request comes from Twilio: {@code X-Twilio-Signature} is an HMAC over the
 * URL Twilio called and the POST parameters, keyed with our auth token; the SDK's
 * {@link RequestValidator} recomputes it. Two things must match what Twilio signed: the URL as
 * Twilio saw it ({@code PUBLIC_BASE_URL} plus path and query, not what a proxy forwarded to us),
 * and the body's parameters alone, which is why the form is parsed here rather than taken from
 * the servlet, whose parameters also hold the query string's.
 */
@Component
@ConditionalOnTwilio
class TwilioSignatures {

    /** Twilio's requests are a few kilobytes; a message body is at most 1,600 characters. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final RequestValidator validator;
    private final TwilioProperties properties;

    TwilioSignatures(TwilioProperties properties) {
        this.validator = new RequestValidator(properties.authToken());
        this.properties = properties;
    }

    /**
     * The request's form parameters once its signature is checked.
     *
     * @throws ResponseStatusException 403 for a missing or wrong signature, 400 for a body that
     *                                 is no UTF-8 form, 413 for one that is too large
     */
    Map<String, String> verifiedParameters(HttpServletRequest request, String signature) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The body must be at most " + MAX_BODY_BYTES + " bytes");
        }
        Map<String, String> parameters = parse(utf8(body));
        if (signature == null || signature.isBlank() || !validator.validate(signedUrl(request), parameters, signature)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "X-Twilio-Signature is missing or does not match this request");
        }
        return parameters;
    }

    /** Twilio sends UTF-8; other bytes are refused rather than stored as replacement characters. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not UTF-8");
        }
    }

    private String signedUrl(HttpServletRequest request) {
        String url = properties.hasPublicBaseUrl()
                ? properties.publicUrl(request.getRequestURI())
                : request.getRequestURL().toString();
        return request.getQueryString() == null ? url : url + "?" + request.getQueryString();
    }

    /** An {@code application/x-www-form-urlencoded} body; Twilio never repeats a parameter. */
    static Map<String, String> parse(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.putIfAbsent(name, value) != null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The parameter " + name + " is repeated");
            }
        }
        return parameters;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not form-encoded (" + e.getMessage() + ")");
        }
    }
}

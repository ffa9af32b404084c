package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /webhooks/mentions}: mentions forwarded by a social-listening tool, for agencies
 * without the platforms' own APIs. The body (one mention or an array of them, shape in
 * channels/social.yml) is signed like Meta's webhooks: {@code X-SatuPintu-Signature: sha256=<hex>},
 * the HMAC-SHA256 of the raw body with {@code SOCIAL_WEBHOOK_SECRET}. Everything is checked before
 * anything is stored; a post forwarded again is recognised and counted as a duplicate.
 */
@RestController
@ConditionalOnExpression(SocialProperties.FORWARDED_ENABLED)
class ForwardedMentionController {

    private final Mentions mentions;
    private final MonitoredAccounts accounts;
    private final String secret;

    ForwardedMentionController(Mentions mentions, MonitoredAccounts accounts, SocialProperties properties) {
        this.mentions = mentions;
        this.accounts = accounts;
        this.secret = properties.webhookSecret();
    }

    record Accepted(int accepted, int duplicates) {
    }

    @PostMapping(path = SocialProperties.FORWARDED_PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> forwarded(@RequestHeader(value = SocialProperties.SIGNATURE_HEADER, required = false) String signature,
                                @RequestBody byte[] body) {
        if (signature == null || signature.isBlank()) {
            return WebhookProblems.refuse(HttpStatus.UNAUTHORIZED, SocialProperties.SIGNATURE_HEADER + " is missing");
        }
        if (!HmacSignature.matches(secret, body, signature)) {
            return WebhookProblems.refuse(HttpStatus.FORBIDDEN, SocialProperties.SIGNATURE_HEADER + " does not match the body");
        }
        List<IncomingMention> read;
        try {
            read = read(SocialHttp.JSON.readTree(body));
        } catch (JacksonException e) {
            return WebhookProblems.refuse(HttpStatus.BAD_REQUEST, "The body is not JSON");
        } catch (IllegalArgumentException e) {
            return WebhookProblems.refuse(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        int accepted = 0;
        for (IncomingMention mention : read) {
            accepted += mentions.accept(mention) ? 1 : 0;
        }
        return ResponseEntity.ok(new Accepted(accepted, read.size() - accepted));
    }

    private List<IncomingMention> read(JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.isObject()) {
            items.add(root);
        } else {
            throw new IllegalArgumentException("Expected a mention object or an array of them");
        }
        var read = new ArrayList<IncomingMention>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = items.size() == 1 ? "" : "[" + i + "].";
            read.add(mention(items.get(i), where));
        }
        return read;
    }

    private IncomingMention mention(JsonNode m, String where) {
        String platformCode = required(m, "platform", where).toLowerCase(Locale.ROOT);
        Channel platform = switch (platformCode) {
            case "twitter", "x" -> Channel.TWITTER;
            case "instagram" -> Channel.INSTAGRAM;
            case "facebook" -> Channel.FACEBOOK;
            default -> throw new IllegalArgumentException(where + "platform: twitter (or x), instagram or facebook, not " + platformCode);
        };
        String postId = required(m, "post_id", where);
        String accountName = required(m, "account", where);
        MonitoredAccount account = accounts.find(platform, accountName).orElseThrow(() -> new IllegalArgumentException(
                where + "account: " + accountName + " is not a monitored " + platform.code() + " account"));
        String text = required(m, "text", where);
        String replyTo = optional(m.path("reply_to_id"));
        if (replyTo == null && platform == Channel.TWITTER) {
            replyTo = postId;
        }
        Instant postedAt = null;
        String posted = optional(m.path("posted_at"));
        if (posted != null) {
            try {
                postedAt = Instant.parse(posted);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "posted_at: not an ISO-8601 instant (2026-05-01T08:30:00Z): " + posted);
            }
        }
        JsonNode author = m.path("author");
        Mention.PostType type = switch (platform) {
            case TWITTER -> Mention.PostType.TWEET;
            case INSTAGRAM -> replyTo == null ? Mention.PostType.LINK : Mention.PostType.IG_COMMENT;
            default -> replyTo == null ? Mention.PostType.LINK : Mention.PostType.FB_COMMENT;
        };
        return new IncomingMention(platform, postId, account, Mention.Source.FORWARDED, type, null, replyTo,
                optional(m.path("url")), optional(author.path("id")), withoutAt(optional(author.path("handle"))), text, postedAt, null);
    }

    private static String required(JsonNode m, String field, String where) {
        String value = optional(m.path(field));
        if (value == null) {
            throw new IllegalArgumentException(where + field + " is missing");
        }
        return value;
    }

    private static String optional(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw new IllegalArgumentException("expected a string, got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String text = value.asString().strip();
        if (text.indexOf('\0') >= 0) { // PostgreSQL's text cannot hold it
            throw new IllegalArgumentException("texts must not contain NUL characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static String withoutAt(String handle) {
        return handle == null ? null : MonitoredAccounts.withoutAt(handle);
    }
}

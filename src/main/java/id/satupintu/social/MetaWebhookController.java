package id.satupintu.social;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The Meta webhook for Instagram and Facebook: the subscription handshake ({@code GET}) and the
 * deliveries ({@code POST}), each checked against {@code X-Hub-Signature-256} before its JSON is
 * read. A delivery is stored and acknowledged at once; triage (and an Instagram mention's Graph
 * call) happens afterwards. Meta retries a delivery it got no 200 for; the retry is recognised.
 */
@RestController
@ConditionalOnExpression(SocialProperties.Meta.ENABLED)
class MetaWebhookController {

    private static final Logger log = LoggerFactory.getLogger(MetaWebhookController.class);
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final Mentions mentions;
    private final MetaWebhookReader reader;
    private final SocialProperties.Meta settings;

    MetaWebhookController(Mentions mentions, MonitoredAccounts accounts, SocialProperties properties) {
        this.mentions = mentions;
        this.reader = new MetaWebhookReader(accounts);
        this.settings = properties.meta();
    }

    @GetMapping(path = SocialProperties.Meta.WEBHOOK_PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean tokenMatches = token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                settings.verifyToken().getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches || challenge == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("hub.mode must be subscribe and hub.verify_token must match");
        }
        return ResponseEntity.ok(challenge);
    }

    @PostMapping(path = SocialProperties.Meta.WEBHOOK_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@RequestHeader(value = SIGNATURE_HEADER, required = false) String signature,
                              @RequestBody byte[] body) {
        if (!HmacSignature.matches(settings.appSecret(), body, signature)) {
            return WebhookProblems.refuse(HttpStatus.FORBIDDEN, signature == null ? SIGNATURE_HEADER + " is missing"
                    : SIGNATURE_HEADER + " does not match the body");
        }
        List<IncomingMention> read;
        try {
            read = reader.read(SocialHttp.JSON.readTree(body));
        } catch (JacksonException e) {
            return WebhookProblems.refuse(HttpStatus.BAD_REQUEST, "The body is not JSON");
        } catch (IllegalArgumentException e) {
            return WebhookProblems.refuse(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        int stored = 0;
        for (IncomingMention mention : read) {
            stored += mentions.accept(mention) ? 1 : 0;
        }
        if (stored < read.size()) {
            log.debug("Meta webhook: {} of {} mention(s) were already stored", read.size() - stored, read.size());
        }
        return ResponseEntity.ok().build();
    }
}

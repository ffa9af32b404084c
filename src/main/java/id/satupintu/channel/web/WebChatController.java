package id.satupintu.channel.web;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Inbox;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.Transcript;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The web chat channel: the page at {@code /} posts what the citizen typed and gets the replies in
 * the response; it polls for later messages (status notifications) with a cursor. The session id
 * the page chose is the citizen's address.
 */
@RestController
@RequestMapping("/api/v1/webchat/messages")
class WebChatController {

    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_CHOICE_BYTES = 64;

    /**
     * @param session the page's session id, 8-64 characters
     * @param id      optional: the page's id for this message, so that a retried post counts once
     * @param choice  optional: the label of the button the citizen clicked
     */
    record PostedMessage(String session, String id, String text, String choice) {
    }

    record Reply(String text, List<String> choices) {

        static Reply of(OutboundMessage message) {
            return new Reply(message.text(), message.choices().stream().map(Choice::label).toList());
        }
    }

    record Replies(List<Reply> replies) {
    }

    record LaterMessages(List<Reply> replies, long next) {
    }

    private final Inbox inbox;
    private final Transcript transcript;
    private final WebChatProperties properties;

    WebChatController(Inbox inbox, Transcript transcript, WebChatProperties properties) {
        this.inbox = inbox;
        this.transcript = transcript;
        this.properties = properties;
    }

    /** 200 with the replies; 202 with none when the message is kept to be answered later. */
    @PostMapping
    ResponseEntity<Replies> post(@RequestBody PostedMessage posted) {
        Address from = session(posted.session());
        String text = posted.text() == null ? "" : posted.text().strip();
        String choice = posted.choice() == null || posted.choice().isBlank() ? null : posted.choice();
        if (text.isEmpty() && choice == null) {
            throw badRequest("text must not be empty");
        }
        if (text.length() > properties.maxTextLength()) {
            throw badRequest("text must be at most " + properties.maxTextLength() + " characters");
        }
        if (choice != null && choice.getBytes(StandardCharsets.UTF_8).length > MAX_CHOICE_BYTES) {
            throw badRequest("choice must be at most " + MAX_CHOICE_BYTES + " bytes");
        }
        if (posted.id() != null && (posted.id().isBlank() || posted.id().length() > MAX_ID_LENGTH)) {
            throw badRequest("id must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        // Message ids are the page's own, so they are unique only within its session.
        String providerId = from.id() + "/" + (posted.id() == null ? UUID.randomUUID() : posted.id());
        var message = new InboundMessage(from, providerId, text.isEmpty() ? choice : text, valueOf(from, choice),
                List.of(), null, null, Instant.now());
        Inbox.Answer answer = inbox.acceptAndProcess(message);
        var replies = new Replies(answer.replies().stream().map(Reply::of).toList());
        return ResponseEntity.status(answer.answered() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(replies);
    }

    /** Messages for the session after the cursor that were not already given in a post's response. */
    @GetMapping
    LaterMessages later(@RequestParam String session, @RequestParam(defaultValue = "0") long after) {
        if (after < 0) {
            throw badRequest("after must not be negative");
        }
        Transcript.Page page = transcript.read(session(session), after, properties.pageSize());
        List<Reply> replies = page.entries().stream()
                .filter(e -> e.direction() == Transcript.Direction.OUT && !e.answeredInline())
                .map(e -> new Reply(e.text(), e.choices().stream().map(Choice::label).toList()))
                .toList();
        return new LaterMessages(replies, page.next());
    }

    /** The page sends the label it showed; the conversation expects the choice's value. */
    private String valueOf(Address from, String label) {
        if (label == null) {
            return null;
        }
        return transcript.lastChoices(from).stream()
                .filter(c -> c.label().equals(label) || c.value().equals(label))
                .map(Choice::value)
                .findFirst()
                .orElse(label);
    }

    private static Address session(String session) {
        if (session == null || session.isBlank() || session.length() < 8 || session.length() > 64) {
            throw badRequest("session must be 8 to 64 characters");
        }
        return new Address(Channel.WEB, session);
    }

    private static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}

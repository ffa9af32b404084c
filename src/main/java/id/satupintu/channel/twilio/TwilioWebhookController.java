package id.satupintu.channel.twilio;

import com.twilio.twiml.MessagingResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;

/**
 * The two webhooks Twilio calls (paths fixed in the contracts): incoming messages and delivery
 * status callbacks, both form-encoded and signed. A message is answered with an empty TwiML
 * response as soon as it is stored; the replies go out later through the REST API.
 */
@RestController
@ConditionalOnTwilio
class TwilioWebhookController {

    private static final String SIGNATURE = "X-Twilio-Signature";
    private static final String NO_REPLY = new MessagingResponse.Builder().build().toXml();

    private final TwilioSignatures signatures;
    private final TwilioInbound inbound;

    TwilioWebhookController(TwilioSignatures signatures, TwilioInbound inbound) {
        this.signatures = signatures;
        this.inbound = inbound;
    }

    @PostMapping(path = TwilioProperties.MESSAGES_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> message(HttpServletRequest request,
                                   @RequestHeader(name = SIGNATURE, required = false) String signature) throws IOException {
        inbound.message(signatures.verifiedParameters(request, signature));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(NO_REPLY);
    }

    @PostMapping(path = TwilioProperties.STATUS_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(HttpServletRequest request,
                                @RequestHeader(name = SIGNATURE, required = false) String signature) throws IOException {
        inbound.status(signatures.verifiedParameters(request, signature));
        return ResponseEntity.noContent().build();
    }

    /** Says what is wrong (Twilio's debugger shows it), as a problem detail, never with a stack trace. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
    }
}

package id.satupintu.nlp;

import id.satupintu.channel.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code POST /api/v1/classify}: the fields of {@code nlp classify} for one text (see the contracts). */
@RestController
class ClassifyController {

    static final int MAX_TEXT = 10_000;

    private final Classifier classifier;

    ClassifyController(Classifier classifier) {
        this.classifier = classifier;
    }

    record ClassifyRequest(String text, String channel) {
    }

    @PostMapping(path = "/api/v1/classify", consumes = "application/json", produces = "application/json")
    Map<String, Object> classify(@RequestBody ClassifyRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("'text' is required and must not be blank");
        }
        if (request.text().length() > MAX_TEXT) {
            throw new IllegalArgumentException("'text' must be at most " + MAX_TEXT + " characters");
        }
        return ContractFields.of(classifier.classify(request.text(), channel(request.channel()), Instant.now()));
    }

    private static Channel channel(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Channel.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'channel' must be one of " + Arrays.stream(Channel.values())
                    .map(Channel::code).collect(Collectors.joining(", ")), e);
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body must be a JSON object like {\"text\":\"...\",\"channel\":\"sms\"}");
    }
}

package id.satupintu.social;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The webhooks' refusals: a problem detail naming what is wrong, never a stack trace. */
final class WebhookProblems {

    private WebhookProblems() {
    }

    static <T> ResponseEntity<T> refuse(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        @SuppressWarnings("unchecked")
        ResponseEntity<T> answer = (ResponseEntity<T>) ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        return answer;
    }
}

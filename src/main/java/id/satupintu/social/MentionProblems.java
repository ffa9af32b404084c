package id.satupintu.social;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The feed's refusals as problem details (bad input and the rest: see the api module). */
// Before the general handler, whose catch-all would otherwise answer these with a 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = MentionController.class)
class MentionProblems {

    @ExceptionHandler
    ProblemDetail notFound(MentionNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Mention not found", e);
    }

    @ExceptionHandler
    ProblemDetail refused(MentionRefusedException e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the mention's state", e);
    }

    @ExceptionHandler
    ProblemDetail forbidden(MentionNotPermittedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted for this account", e);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}

package id.satupintu.complaint;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The workflow's refusals as problem details (bad input and the rest: see the api module). */
// Before the general handler, whose catch-all would otherwise answer these with a 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ComplaintController.class)
class ComplaintProblems {

    @ExceptionHandler
    ProblemDetail notFound(ComplaintNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Report not found", e);
    }

    @ExceptionHandler
    ProblemDetail refused(TransitionRefusedException e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the report's status", e);
    }

    @ExceptionHandler
    ProblemDetail forbidden(ActionNotPermittedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted for this account", e);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}

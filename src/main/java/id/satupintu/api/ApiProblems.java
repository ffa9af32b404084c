package id.satupintu.api;

import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.stream.Collectors;

/**
 * The error contract of every HTTP API: RFC 9457 problem details with a message a person can act
 * on, never a stack trace. Spring MVC's own errors (malformed JSON, wrong types, unknown paths)
 * come through the base class; invalid fields are listed by name; an {@link IllegalArgumentException}
 * from a service is the caller's mistake (400); anything else is logged and answered with a bare 500.
 * A module's own refusals (404, 409, ...) come from its own advice, ordered before this one. It is
 * not limited to our controllers so that what Spring MVC refuses before choosing one (a media type
 * no handler consumes, a method not allowed) gets the same clear answer.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String fields = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::describe)
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(invalid(fields.isEmpty() ? "Invalid request" : fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        String params = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> r.getMethodParameter().getParameterName() + ": " + err.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(invalid(params));
    }

    @ExceptionHandler
    ProblemDetail constraintViolated(ConstraintViolationException e) {
        return invalid(e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        ProblemDetail problem = Problems.undecodableParameters(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return invalid(e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these (401/403) itself.
        }
        log.error("Unexpected error answering an API call", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error has been logged");
        problem.setTitle("Internal error");
        return problem;
    }

    private static ProblemDetail invalid(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return problem;
    }

    private static String describe(FieldError error) {
        return error.getField() + ": " + error.getDefaultMessage();
    }
}

package id.satupintu.open311;

import id.satupintu.api.Problems;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** GeoReport's error format, in place of the problem details of the other APIs. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Error(int code, String description) {
    }

    @ExceptionHandler
    ResponseEntity<List<Error>> refused(Open311Exception e) {
        return errors(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<List<Error>> invalid(IllegalArgumentException e) {
        return errors(400, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<List<Error>> undecodable(InvalidParameterException e) {
        ProblemDetail problem = Problems.undecodableParameters(e);
        return errors(problem.getStatus(), problem.getDetail());
    }

    @ExceptionHandler
    ResponseEntity<List<Error>> unexpected(Exception e) {
        if (e instanceof ErrorResponse framework) { // Spring MVC's own: wrong method, media type, ...
            return errors(framework.getStatusCode().value(), framework.getBody().getDetail());
        }
        log.error("Unexpected error answering an Open311 call", e);
        return errors(500, "Something went wrong on our side; the error has been logged");
    }

    private static ResponseEntity<List<Error>> errors(int status, String description) {
        return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Error(status, description)));
    }
}

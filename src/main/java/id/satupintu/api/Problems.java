package id.satupintu.api;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Problem details written where no controller advice reaches (servlet filters, the security
 * chains), and the answer to a query string or form the servlet container could not decode.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A refusal as {@code application/problem+json}, as the controllers' advice would answer it. */
    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /**
     * Tomcat decodes parameters only when first asked, and then throws from inside a controller:
     * a query or form that is not percent-encoded UTF-8 (400), or a form over its size limit (413).
     * Its own message quotes the caller's bytes, so a fixed one is given instead.
     */
    public static ProblemDetail undecodableParameters(InvalidParameterException e) {
        boolean tooLarge = e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, tooLarge ? "The body is too large"
                : "The query string or form could not be read: parameters must be percent-encoded UTF-8 (application/x-www-form-urlencoded)");
        problem.setTitle("Invalid request");
        return problem;
    }
}

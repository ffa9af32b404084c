package id.satupintu.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A query or form Tomcat cannot decode fails wherever a parameter is first read; inside a
 * controller its advice answers, but the security filters read some first (the CSRF token of a
 * console form), and Tomcat would answer those with a bare error page. This gives them the same
 * problem detail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // around the security filters
class UndecodableParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (InvalidParameterException e) {
            if (response.isCommitted()) {
                throw e;
            }
            ProblemDetail problem = Problems.undecodableParameters(e);
            response.resetBuffer();
            Problems.write(response, HttpStatus.valueOf(problem.getStatus()), problem.getDetail());
        }
    }
}

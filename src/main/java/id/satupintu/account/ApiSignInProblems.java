package id.satupintu.account;

import id.satupintu.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;

/**
 * The API chains' 401 and 403 as problem details saying what to send, where Spring Security
 * would answer with an empty body; the {@code WWW-Authenticate} header of its own entry points
 * is kept for clients that read it.
 */
final class ApiSignInProblems {

    private ApiSignInProblems() {
    }

    static AuthenticationEntryPoint bearerToken() {
        var header = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            header.commence(request, response, e);
            Problems.write(response, HttpStatus.UNAUTHORIZED,
                    "A valid API token is required: Authorization: Bearer <token> (POST " + SecurityConfiguration.TOKEN_PATH + " issues one)");
        };
    }

    static AuthenticationEntryPoint basic(String realm) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic: the account's user name and password");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
                "This account's role does not allow this call");
    }
}

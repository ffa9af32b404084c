package id.satupintu.account;

import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An account signs in once with its password (HTTP Basic) and gets an API token for later calls. */
@RestController
class TokenController {

    private final Accounts accounts;

    TokenController(Accounts accounts) {
        this.accounts = accounts;
    }

    record TokenRequest(@Size(max = 200) String label) {
    }

    @PostMapping(path = SecurityConfiguration.TOKEN_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@AuthenticationPrincipal AccountUser user, @RequestBody(required = false) TokenRequest body) {
        return accounts.issueToken(user.actor().username(), body == null ? null : body.label());
    }
}

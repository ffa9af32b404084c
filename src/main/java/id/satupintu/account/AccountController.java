package id.satupintu.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Account administration, for administrators only (see {@link SecurityConfiguration}). */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    record CreateAccount(@NotBlank @Size(max = 63) String username, @NotBlank @Size(max = 200) String password,
                         @NotNull Role role, @Size(max = 100) String agencyCode) {
    }

    record TokenRequest(@Size(max = 200) String label) {
    }

    @GetMapping
    List<Account> list() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Account create(@Valid @RequestBody CreateAccount body) {
        return accounts.create(new NewAccount(body.username(), body.password(), body.role(), body.agencyCode()));
    }

    /** A token for another account, e.g. an agency's own system calling the API. */
    @PostMapping("/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issueToken(@PathVariable String username, @Valid @RequestBody(required = false) TokenRequest body) {
        return accounts.issueToken(username, body == null ? null : body.label());
    }

    @DeleteMapping("/{username}/tokens/{tokenId}")
    ResponseEntity<Void> revokeToken(@PathVariable String username, @PathVariable long tokenId) {
        return accounts.revokeToken(username, tokenId) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}

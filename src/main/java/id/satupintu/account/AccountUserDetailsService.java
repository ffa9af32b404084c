package id.satupintu.account;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Password sign-in against the accounts table (HTTP Basic on the token endpoint now, the
 * console's form login later). Being a {@link UserDetailsService} bean it also stops Spring Boot
 * from creating its default user with a generated password.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(username)
                .map(c -> new AccountUser(c.account().actor(), c.passwordHash(), c.account().enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    /** The signed-in account as Spring Security's user, carrying the {@link Actor} it stands for. */
    static final class AccountUser extends User {

        private final Actor actor;

        AccountUser(Actor actor, String passwordHash, boolean enabled) {
            super(actor.username(), passwordHash, enabled, true, true, true,
                    AuthorityUtils.createAuthorityList("ROLE_" + actor.role().name()));
            this.actor = actor;
        }

        Actor actor() {
            return actor;
        }
    }
}

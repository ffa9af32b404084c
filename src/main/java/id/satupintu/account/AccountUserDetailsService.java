package id.satupintu.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Password sign-in against the accounts table (HTTP Basic on the token endpoint, the console's
 * form login). Being a {@link UserDetailsService} bean it also stops Spring Boot
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
}

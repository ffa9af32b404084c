package id.satupintu.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * At the first start (no administrator yet) creates one: from {@code SATUPINTU_ADMIN_USERNAME} and
 * {@code SATUPINTU_ADMIN_PASSWORD}, or else {@code admin} with a random password printed once to
 * the log. There is never a fixed default password. Later starts leave accounts alone.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    FirstAdministrator(Accounts accounts,
                       @Value("${satupintu.admin.username:}") String username,
                       @Value("${satupintu.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        String name = username.isBlank() ? "admin" : username;
        if (!password.isBlank()) {
            accounts.create(new NewAccount(name, password, Role.ADMIN, null));
            log.info("Created the first administrator '{}' with the password from SATUPINTU_ADMIN_PASSWORD", name);
            return;
        }
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String oneTime = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.create(new NewAccount(name, oneTime, Role.ADMIN, null));
        log.warn("Created the first administrator '{}' with the one-time password {} (shown only now; "
                + "set SATUPINTU_ADMIN_USERNAME/SATUPINTU_ADMIN_PASSWORD before the first start to choose your own)", name, oneTime);
    }
}

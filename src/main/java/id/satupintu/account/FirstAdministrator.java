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
        boolean chosen = !password.isBlank();
        String initial = chosen ? password : randomPassword();
        try {
            accounts.create(new NewAccount(name, initial, Role.ADMIN, null));
        } catch (AccountExistsException e) {
            log.info("Another instance created the first administrator '{}' at the same time", name);
            return;
        }
        if (chosen) {
            log.info("Created the first administrator '{}' with the password from SATUPINTU_ADMIN_PASSWORD", name);
            return;
        }
        log.warn("Created the first administrator '{}' with the one-time password {} (shown only now; "
                + "set SATUPINTU_ADMIN_USERNAME/SATUPINTU_ADMIN_PASSWORD before the first start to choose your own)", name, initial);
    }

    private static String randomPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

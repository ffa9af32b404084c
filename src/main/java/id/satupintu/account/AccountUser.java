package id.satupintu.account;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * An account signed in with its password (the token endpoint, the console's form login) as Spring
 * Security's user, carrying the {@link Actor} it stands for.
 */
public final class AccountUser extends User {

    private final Actor actor;

    AccountUser(Actor actor, String passwordHash, boolean enabled) {
        super(actor.username(), passwordHash, enabled, true, true, true,
                AuthorityUtils.createAuthorityList("ROLE_" + actor.role().name()));
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}

package id.satupintu.account;

import java.util.Objects;

/**
 * Who is calling: the principal of every authenticated request (API token or console session).
 * {@code agencyCode} is set exactly when the role is {@link Role#AGENCY}.
 */
public record Actor(long accountId, String username, Role role, String agencyCode) {

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        if ((role == Role.AGENCY) != (agencyCode != null)) {
            throw new IllegalArgumentException("An agency code belongs to AGENCY accounts only");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this caller may see the identity of a reporter who asked to stay anonymous. */
    public boolean maySeeAnonymousReporter() {
        return role == Role.ADMIN;
    }
}

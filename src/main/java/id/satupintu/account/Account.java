package id.satupintu.account;

import java.time.Instant;

/** A staff account (never its password). {@code agencyCode} is set exactly for AGENCY accounts. */
public record Account(long id, String username, Role role, String agencyCode, boolean enabled, Instant createdAt) {

    public Actor actor() {
        return new Actor(id, username, role, agencyCode);
    }
}

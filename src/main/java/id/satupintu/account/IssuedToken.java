package id.satupintu.account;

import java.time.Instant;

/** A freshly issued API token. {@code token} is shown this once; only its hash is stored. */
public record IssuedToken(long id, String username, String label, String token, Instant createdAt) {
}

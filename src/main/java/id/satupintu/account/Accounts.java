package id.satupintu.account;

import id.satupintu.agency.AgencyDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff accounts and their API tokens. A token is 32 random bytes (shown once, prefixed
 * {@code spt_}); the database keeps only its SHA-256, so a leaked table grants nothing.
 */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final String TOKEN_PREFIX = "spt_";
    private static final String SELECT = "select id, username, role, agency_code, enabled, created_at from account";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AgencyDirectory agencies;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.agencies = agencies;
    }

    @Transactional
    public Account create(NewAccount account) {
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            throw new IllegalArgumentException("A username is 2-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (account.role() == null) {
            throw new IllegalArgumentException("A role is required: ADMIN, AGENCY or SUPERVISOR");
        }
        if ((account.role() == Role.AGENCY) != (account.agencyCode() != null)) {
            throw new IllegalArgumentException("AGENCY accounts, and only they, are bound to an agency code");
        }
        if (account.agencyCode() != null && agencies.byCode(account.agencyCode()).isEmpty()) {
            throw new IllegalArgumentException("No agency " + account.agencyCode());
        }
        try {
            return jdbc.sql("""
                            insert into account (username, password_hash, role, agency_code, created_at)
                            values (?, ?, ?, ?, ?)
                            returning id, username, role, agency_code, enabled, created_at""")
                    .params(account.username(), passwords.encode(account.password()), account.role().name(),
                            account.agencyCode(), clock.instant().atOffset(ZoneOffset.UTC))
                    .query(Accounts::account).single();
        } catch (DuplicateKeyException e) {
            throw new AccountExistsException(account.username());
        }
    }

    public List<Account> all() {
        return jdbc.sql(SELECT + " order by username").query(Accounts::account).list();
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql(SELECT + " where username = ?").param(username).query(Accounts::account).optional();
    }

    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from account where role = 'ADMIN' and enabled)").query(Boolean.class).single();
    }

    /** Issues a new API token for the account; the returned value is the only time it is seen. */
    @Transactional
    public IssuedToken issueToken(String username, String label) {
        Account account = byUsername(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
        var bytes = new byte[32];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        long id = jdbc.sql("insert into api_token (account_id, token_hash, label, created_at) values (?, ?, ?, ?) returning id")
                .params(account.id(), hash(token), label, now.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        return new IssuedToken(id, account.username(), label, token, now);
    }

    /** @return whether a live token of that account was revoked */
    @Transactional
    public boolean revokeToken(String username, long tokenId) {
        return jdbc.sql("""
                        update api_token set revoked_at = now()
                        where id = ? and revoked_at is null and account_id = (select id from account where username = ?)""")
                .params(tokenId, username).update() == 1;
    }

    /** The caller a bearer token stands for, if it is a live token of an enabled account. */
    Optional<Actor> actorForToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select a.id, a.username, a.role, a.agency_code, a.enabled, a.created_at
                        from api_token t join account a on a.id = t.account_id
                        where t.token_hash = ? and t.revoked_at is null and a.enabled""")
                .param(hash(token))
                .query(Accounts::account).optional()
                .map(Account::actor);
    }

    /** For password sign-in: the account and its stored hash. */
    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, role, agency_code, enabled, created_at, password_hash from account where username = ?")
                .param(username)
                .query((rs, i) -> new Credentials(account(rs, i), rs.getString("password_hash")))
                .optional();
    }

    record Credentials(Account account, String passwordHash) {
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getString("agency_code"), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }
}

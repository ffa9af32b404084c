package id.satupintu.channel;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-offs from one door to another: a citizen who complained in a public post is invited to
 * continue privately through a deep link ({@code t.me/<bot>?start=<code>}, a WhatsApp
 * click-to-chat text {@code LAPOR <code>}); the private conversation claims the code and starts
 * from the post's text instead of asking again.
 */
@Service
public class Handoffs {

    /** Codes go into URLs and SMS and are sometimes typed: no look-alike letters or digits. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 8;
    /** An invitation nobody followed for this long is not honoured any more. */
    private static final Duration VALIDITY = Duration.ofDays(30);

    /**
     * What was handed over.
     *
     * @param origin          the door it came through (the social platform)
     * @param originReference the origin's id for it (the post id)
     * @param agencyHint      the code of the agency whose account was tagged, or null
     */
    public record Handoff(String code, String text, Channel origin, String originReference, String agencyHint,
                          Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Handoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The code under which {@code text} waits to be continued; the same origin reference always
     * gets the same code, so a post seen twice makes one hand-off.
     */
    @Transactional
    public String create(String text, Channel origin, String originReference, String agencyHint) {
        Objects.requireNonNull(text);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(originReference);
        jdbc.sql("""
                        insert into handoff (code, text, origin_channel, origin_reference, agency_hint)
                        values (?, ?, ?, ?, ?)
                        on conflict (origin_channel, origin_reference) do nothing""")
                .params(newCode(), text, origin.code(), originReference, agencyHint)
                .update();
        return jdbc.sql("select code from handoff where origin_channel = ? and origin_reference = ?")
                .params(origin.code(), originReference)
                .query(String.class)
                .single();
    }

    /**
     * The hand-off behind {@code code} for the citizen at {@code by}: the first address to claim a
     * code owns it (it may claim again, e.g. after pressing the link twice); for anyone else, and
     * for unknown or expired codes, empty.
     */
    @Transactional
    public Optional<Handoff> claim(String code, Address by) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        int claimed = jdbc.sql("""
                        update handoff set claimed_by = :by, claimed_at = coalesce(claimed_at, now())
                        where code = :code and created_at > :since and (claimed_by is null or claimed_by = :by)""")
                .param("by", by.key())
                .param("code", normalised)
                .param("since", Timestamp.from(Instant.now().minus(VALIDITY)))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select * from handoff where code = ?")
                .param(normalised)
                .query((rs, n) -> handoff(rs))
                .optional();
    }

    /** The hand-off behind a code, claimed or not: for the origin's side (the social feed). */
    public Optional<Handoff> find(String code) {
        return jdbc.sql("select * from handoff where code = ?")
                .param(code.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> handoff(rs))
                .optional();
    }

    /** Who claimed a code, if anyone did yet. */
    public Optional<Address> claimant(String code) {
        return jdbc.sql("select claimed_by from handoff where code = ? and claimed_by is not null")
                .param(code.strip().toUpperCase(Locale.ROOT))
                .query(String.class)
                .optional()
                .map(Address::ofKey);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static Handoff handoff(ResultSet rs) throws SQLException {
        return new Handoff(rs.getString("code"), rs.getString("text"), Channel.ofCode(rs.getString("origin_channel")),
                rs.getString("origin_reference"), rs.getString("agency_hint"),
                rs.getTimestamp("created_at").toInstant());
    }
}

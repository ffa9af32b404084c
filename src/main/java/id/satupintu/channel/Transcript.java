package id.satupintu.channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything an address sent and was sent, in one order: both directions take their ids from one
 * sequence, so an entry's id is also the cursor to read on from.
 */
@Service
public class Transcript {

    public enum Direction { IN, OUT }

    /**
     * One message of the transcript.
     *
     * @param choice         for {@code IN}: the value of the choice the citizen picked, or null
     * @param choices        for {@code OUT}: the choices offered
     * @param status         for {@code OUT}: the delivery status; null for {@code IN}
     * @param answeredInline for {@code OUT}: given in the response to the citizen's request (web chat)
     */
    public record Entry(long id, Direction direction, String text, String choice, List<Choice> choices,
                        Instant at, OutboundStatus status, boolean answeredInline) {
    }

    /** @param next the cursor to read on from: the last entry's id, or the cursor given when there are none */
    public record Page(List<Entry> entries, long next) {
    }

    private final JdbcClient jdbc;

    Transcript(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} entries of an address after the cursor {@code after} (0: from the start). */
    public Page read(Address address, long after, int limit) {
        List<Entry> entries = jdbc.sql("""
                        select id, 'IN' as direction, text, choice, '{}'::text[] as choice_values,
                               '{}'::text[] as choice_labels, received_at as at, null as status, false as answered_inline
                        from inbound_message where channel = :channel and address_id = :address and id > :after
                        union all
                        select id, 'OUT', text, null, choice_values, choice_labels, created_at, status, answered_inline
                        from outbound_message where channel = :channel and address_id = :address and id > :after
                        order by id
                        limit :limit""")
                .param("channel", address.channel().code())
                .param("address", address.id())
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    return new Entry(rs.getLong("id"), Direction.valueOf(rs.getString("direction")),
                            rs.getString("text"), rs.getString("choice"), OutboundStore.choices(rs),
                            rs.getTimestamp("at").toInstant(), status == null ? null : OutboundStatus.valueOf(status),
                            rs.getBoolean("answered_inline"));
                })
                .list();
        return new Page(entries, entries.isEmpty() ? after : entries.getLast().id());
    }

    /**
     * The choices offered by the latest message to an address (empty when it offered none): how a
     * channel without buttons maps "2" or a label back to a {@link Choice#value()}.
     */
    public List<Choice> lastChoices(Address address) {
        return jdbc.sql("""
                        select choice_values, choice_labels from outbound_message
                        where channel = ? and address_id = ? order by id desc limit 1""")
                .params(address.channel().code(), address.id())
                .query((rs, n) -> OutboundStore.choices(rs))
                .optional()
                .orElse(List.of());
    }

    /** When the address last wrote in, if it ever did: where WhatsApp's 24-hour reply window starts. */
    public Optional<Instant> lastInboundAt(Address address) {
        return jdbc.sql("""
                        select received_at from inbound_message
                        where channel = ? and address_id = ? order by id desc limit 1""")
                .params(address.channel().code(), address.id())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }
}

package id.satupintu.channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code outbound_message} table: every message to a citizen and its delivery status. */
@Repository
class OutboundStore {

    private final JdbcClient jdbc;

    OutboundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued message at the head of its recipient's queue. */
    record Queued(long id, OutboundMessage message, int attempts, Instant lastSentToRecipient) {
    }

    long insert(OutboundMessage m, Long inReplyTo, boolean answeredInline, OutboundStatus status, String error) {
        OutboundMessage.Notification n = m.notification();
        return jdbc.sql("""
                        insert into outbound_message (channel, address_id, text, choice_values, choice_labels,
                                                      tracking_id, notified_status, in_reply_to, answered_inline,
                                                      status, last_error, sent_at)
                        values (:channel, :address, :text, :values, :labels, :trackingId, :notifiedStatus,
                                :inReplyTo, :inline, :status, :error, case when :status = 'SENT' then now() end)
                        returning id""")
                .param("channel", m.to().channel().code())
                .param("address", m.to().id())
                .param("text", m.text())
                .param("values", m.choices().stream().map(Choice::value).toArray(String[]::new))
                .param("labels", m.choices().stream().map(Choice::label).toArray(String[]::new))
                .param("trackingId", n == null ? null : n.trackingId())
                .param("notifiedStatus", n == null ? null : n.status())
                .param("inReplyTo", inReplyTo)
                .param("inline", answeredInline)
                .param("status", status.name())
                .param("error", error)
                .query(Long.class)
                .single();
    }

    /** The oldest queued message of a recipient, with when the recipient was last sent one. */
    Optional<Queued> head(Address to) {
        return jdbc.sql("""
                        select id, text, choice_values, choice_labels, tracking_id, notified_status, attempts,
                               (select max(sent_at) from outbound_message s
                                where s.channel = q.channel and s.address_id = q.address_id) as last_sent
                        from outbound_message q
                        where channel = ? and address_id = ? and status = 'QUEUED'
                        order by id limit 1""")
                .params(to.channel().code(), to.id())
                .query((rs, n) -> {
                    Timestamp lastSent = rs.getTimestamp("last_sent");
                    return new Queued(rs.getLong("id"), message(to, rs), rs.getInt("attempts"),
                            lastSent == null ? null : lastSent.toInstant());
                })
                .optional();
    }

    boolean hasQueued(Address to) {
        return jdbc.sql("select exists (select 1 from outbound_message where channel = ? and address_id = ? and status = 'QUEUED')")
                .params(to.channel().code(), to.id())
                .query(Boolean.class)
                .single();
    }

    void markSent(long id, String providerMessageId) {
        jdbc.sql("""
                        update outbound_message
                        set status = 'SENT', provider_message_id = ?, attempts = attempts + 1, last_error = null,
                            sent_at = now(), status_at = now()
                        where id = ?""")
                .params(providerMessageId, id)
                .update();
    }

    /** @return the attempts made so far */
    int recordFailedAttempt(long id, String error) {
        return jdbc.sql("update outbound_message set attempts = attempts + 1, last_error = left(?, 2000) where id = ? returning attempts")
                .params(error, id)
                .query(Integer.class)
                .single();
    }

    void markFailed(long id, String error) {
        jdbc.sql("update outbound_message set status = 'FAILED', last_error = left(?, 2000), status_at = now() where id = ?")
                .params(error, id)
                .update();
    }

    /** Gives up the rest of a recipient's queue: they cannot be reached any more. */
    void suppressQueued(Address to, String reason) {
        jdbc.sql("""
                        update outbound_message set status = 'SUPPRESSED', last_error = ?, status_at = now()
                        where channel = ? and address_id = ? and status = 'QUEUED'""")
                .params(reason, to.channel().code(), to.id())
                .update();
    }

    boolean updateStatus(Channel channel, String providerMessageId, OutboundStatus status) {
        Collection<OutboundStatus> from = status.reachableFrom();
        if (from.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        update outbound_message set status = ?, status_at = now()
                        where channel = ? and provider_message_id = ? and status = any(?)""")
                .params(status.name(), channel.code(), providerMessageId,
                        from.stream().map(Enum::name).toArray(String[]::new))
                .update() > 0;
    }

    /** The replies given to a batch of inbound messages, in order. */
    List<OutboundMessage> repliesTo(long batchId) {
        return jdbc.sql("""
                        select channel, address_id, text, choice_values, choice_labels, tracking_id, notified_status
                        from outbound_message
                        where in_reply_to = ? order by id""")
                .param(batchId)
                .query((rs, n) -> message(new Address(Channel.ofCode(rs.getString("channel")), rs.getString("address_id")), rs))
                .list();
    }

    /** Recipients with messages queued since before {@code createdBefore} on the given channels. */
    List<Address> staleQueued(Collection<Channel> channels, Instant createdBefore, int limit) {
        return jdbc.sql("""
                        select distinct channel, address_id from outbound_message
                        where status = 'QUEUED' and channel = any(?) and created_at < ?
                        limit ?""")
                .params(channels.stream().map(Channel::code).toArray(String[]::new), Timestamp.from(createdBefore), limit)
                .query((rs, n) -> new Address(Channel.ofCode(rs.getString(1)), rs.getString(2)))
                .list();
    }

    static OutboundMessage message(Address to, ResultSet rs) throws SQLException {
        String trackingId = rs.getString("tracking_id");
        String notifiedStatus = rs.getString("notified_status");
        var notification = trackingId == null && notifiedStatus == null
                ? null : new OutboundMessage.Notification(trackingId, notifiedStatus);
        return new OutboundMessage(to, rs.getString("text"), choices(rs), notification);
    }

    static List<Choice> choices(ResultSet rs) throws SQLException {
        String[] values = strings(rs.getArray("choice_values"));
        String[] labels = strings(rs.getArray("choice_labels"));
        List<Choice> choices = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            choices.add(new Choice(values[i], labels[i]));
        }
        return choices;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}

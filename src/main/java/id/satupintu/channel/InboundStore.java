package id.satupintu.channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The {@code inbound_message} table: every message a citizen sent, and how far it got. */
@Repository
class InboundStore {

    private final JdbcClient jdbc;

    InboundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored message with its row id. */
    record Stored(long id, InboundMessage message) {
    }

    /**
     * Stores a message unless the same delivery was stored before; a citizen who writes in is
     * reachable again, so the same statement clears that flag.
     *
     * @return the new row id, or empty for a redelivery
     */
    OptionalLong insert(InboundMessage m) {
        Optional<Long> id = jdbc.sql("""
                        with reachable_again as (
                            update recipient set unreachable_at = null, unreachable_reason = null
                            where channel = :channel and address_id = :address and unreachable_at is not null)
                        insert into inbound_message (channel, address_id, provider_message_id, text, choice,
                                                     latitude, longitude, sender_name, attachment_count, received_at)
                        values (:channel, :address, :providerId, :text, :choice,
                                :latitude, :longitude, :senderName, :attachments, :receivedAt)
                        on conflict on constraint inbound_message_delivery_once do nothing
                        returning id""")
                .param("channel", m.from().channel().code())
                .param("address", m.from().id())
                .param("providerId", m.providerMessageId())
                .param("text", m.text())
                .param("choice", m.choice())
                .param("latitude", m.coordinates() == null ? null : m.coordinates().latitude())
                .param("longitude", m.coordinates() == null ? null : m.coordinates().longitude())
                .param("senderName", m.senderName())
                .param("attachments", m.attachments().size())
                .param("receivedAt", Timestamp.from(m.receivedAt()))
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < m.attachments().size(); i++) {
            Attachment a = m.attachments().get(i);
            jdbc.sql("""
                            insert into inbound_attachment (inbound_id, position, file_name, content_type, content)
                            values (?, ?, ?, ?, ?)""")
                    .params(id.get(), i, a.fileName(), a.contentType(), a.content())
                    .update();
        }
        return OptionalLong.of(id.get());
    }

    /** The oldest pending messages of an address, in order of receipt. */
    List<Stored> pending(Address address, int limit) {
        List<Row> rows = jdbc.sql("""
                        select id, provider_message_id, text, choice, latitude, longitude, sender_name,
                               attachment_count, received_at
                        from inbound_message
                        where channel = ? and address_id = ? and status = 'PENDING'
                        order by id
                        limit ?""")
                .params(address.channel().code(), address.id(), limit)
                .query((rs, n) -> Row.of(rs))
                .list();
        List<Long> withAttachments = rows.stream().filter(r -> r.attachmentCount > 0).map(Row::id).toList();
        Map<Long, List<Attachment>> attachments = withAttachments.isEmpty() ? Map.of() : attachments(withAttachments);
        List<Stored> stored = new ArrayList<>(rows.size());
        for (Row r : rows) {
            stored.add(new Stored(r.id, r.toMessage(address, attachments.getOrDefault(r.id, List.of()))));
        }
        return stored;
    }

    /** How many messages of an address are pending, counting no further than {@code limit}. */
    int pendingCount(Address address, int limit) {
        return jdbc.sql("""
                        select count(*) from (select 1 from inbound_message
                                              where channel = ? and address_id = ? and status = 'PENDING' limit ?) p""")
                .params(address.channel().code(), address.id(), limit)
                .query(Integer.class)
                .single();
    }

    private Map<Long, List<Attachment>> attachments(List<Long> ids) {
        record Part(long inboundId, Attachment attachment) {
        }
        return jdbc.sql("""
                        select inbound_id, file_name, content_type, content from inbound_attachment
                        where inbound_id = any(?) order by inbound_id, position""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new Part(rs.getLong(1), new Attachment(rs.getString(2), rs.getString(3), rs.getBytes(4))))
                .list().stream()
                .collect(Collectors.groupingBy(Part::inboundId, Collectors.mapping(Part::attachment, Collectors.toList())));
    }

    void markProcessed(List<Long> ids, long batchId) {
        jdbc.sql("update inbound_message set status = 'PROCESSED', processed_at = now(), batch_id = ? where id = any(?)")
                .params(batchId, ids.toArray(Long[]::new))
                .update();
    }

    /**
     * Counts one more failed attempt for the messages of a batch and parks those that reached
     * {@code maxAttempts}.
     *
     * @return the attempts made so far (the highest in the batch)
     */
    int recordFailure(List<Long> ids, String error, int maxAttempts) {
        return jdbc.sql("""
                        update inbound_message
                        set attempts = attempts + 1, last_error = left(?, 2000),
                            status = case when attempts + 1 >= ? then 'FAILED' else status end
                        where id = any(?) and status = 'PENDING'
                        returning attempts""")
                .params(error, maxAttempts, ids.toArray(Long[]::new))
                .query(Integer.class)
                .list().stream()
                .max(Integer::compare)
                .orElse(maxAttempts);
    }

    /** When the oldest pending message of an address was accepted, if it has any. */
    Optional<Instant> oldestPending(Address address) {
        return jdbc.sql("""
                        select accepted_at from inbound_message
                        where channel = ? and address_id = ? and status = 'PENDING'
                        order by id limit 1""")
                .params(address.channel().code(), address.id())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Addresses with messages pending since before {@code acceptedBefore}. */
    List<Address> stalePending(Instant acceptedBefore, int limit) {
        return jdbc.sql("""
                        select distinct channel, address_id from inbound_message
                        where status = 'PENDING' and accepted_at < ?
                        limit ?""")
                .params(Timestamp.from(acceptedBefore), limit)
                .query((rs, n) -> new Address(Channel.ofCode(rs.getString(1)), rs.getString(2)))
                .list();
    }

    /** The status and batch of an earlier delivery, to answer a redelivery like the first time. */
    Optional<Delivered> delivered(Channel channel, String providerMessageId) {
        return jdbc.sql("""
                        select id, status, batch_id from inbound_message
                        where channel = ? and provider_message_id = ?""")
                .params(channel.code(), providerMessageId)
                .query((rs, n) -> new Delivered(rs.getLong(1), rs.getString(2).equals("PROCESSED"),
                        rs.getObject(3, Long.class)))
                .optional();
    }

    record Delivered(long id, boolean processed, Long batchId) {
    }

    private record Row(long id, String providerMessageId, String text, String choice, Double latitude,
                       Double longitude, String senderName, int attachmentCount, Instant receivedAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getString("provider_message_id"), rs.getString("text"),
                    rs.getString("choice"), rs.getObject("latitude", Double.class),
                    rs.getObject("longitude", Double.class), rs.getString("sender_name"),
                    rs.getInt("attachment_count"), rs.getTimestamp("received_at").toInstant());
        }

        InboundMessage toMessage(Address from, List<Attachment> attachments) {
            Coordinates where = latitude == null || longitude == null ? null : new Coordinates(latitude, longitude);
            return new InboundMessage(from, providerMessageId, text, choice, attachments, where, senderName, receivedAt);
        }
    }
}

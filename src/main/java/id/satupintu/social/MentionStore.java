package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code social_mention} table. */
@Component
class MentionStore {

    private final JdbcClient jdbc;

    MentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a mention once per post: the id of the new row, or empty when the post was stored before. */
    Optional<Long> insert(IncomingMention m) {
        return jdbc.sql("""
                        insert into social_mention (platform, post_id, account_id, agency_code, source, post_type, media_id,
                            reply_to_id, url, author_id, author_handle, text, posted_at, submitted_by)
                        values (:platform, :post, :account, :agency, :source, :type, :media, :replyTo, :url, :authorId,
                            :authorHandle, :text, :postedAt, :submittedBy)
                        on conflict (platform, post_id) do nothing
                        returning id""")
                .param("platform", m.platform().code())
                .param("post", m.postId())
                .param("account", m.account().accountId())
                .param("agency", m.account().agencyCode())
                .param("source", m.source().name())
                .param("type", m.postType().name())
                .param("media", m.mediaId())
                .param("replyTo", m.replyToId())
                .param("url", m.url())
                .param("authorId", m.authorId())
                .param("authorHandle", m.authorHandle())
                .param("text", m.text())
                .param("postedAt", timestamp(m.postedAt()))
                .param("submittedBy", m.submittedBy())
                .query(Long.class)
                .optional();
    }

    Optional<Mention> byId(long id) {
        return jdbc.sql("select * from social_mention where id = ?").param(id).query(MentionStore::mention).optional();
    }

    Optional<Mention> byPost(Channel platform, String postId) {
        return jdbc.sql("select * from social_mention where platform = ? and post_id = ?")
                .params(platform.code(), postId).query(MentionStore::mention).optional();
    }

    /** The oldest mentions waiting for triage. */
    List<Long> pending(int limit) {
        return jdbc.sql("""
                        select id from social_mention
                        where state = 'PENDING' and (next_attempt_at is null or next_attempt_at <= now())
                        order by id limit ?""")
                .param(limit).query(Long.class).list();
    }

    /** A pending mention under its row lock; empty when it is not pending or another instance holds it. */
    Optional<Mention> lockPending(long id) {
        return jdbc.sql("select * from social_mention where id = ? and state = 'PENDING' for update skip locked")
                .param(id).query(MentionStore::mention).optional();
    }

    /** A mention under its row lock, waiting for whoever holds it. */
    Optional<Mention> lock(long id) {
        return jdbc.sql("select * from social_mention where id = ? for update").param(id).query(MentionStore::mention).optional();
    }

    void textFetched(long id, String text, String authorId, String authorHandle, Instant postedAt) {
        jdbc.sql("""
                        update social_mention set text = ?, author_id = coalesce(author_id, ?),
                            author_handle = coalesce(author_handle, ?), posted_at = coalesce(posted_at, ?)
                        where id = ?""")
                .params(text, authorId, authorHandle, timestamp(postedAt), id).update();
    }

    /**
     * One failed attempt: tried again after {@code retryAfter}, or given up ({@code FAILED}) when
     * {@code retryAfter} is null.
     */
    void attemptFailed(long id, String error, Duration retryAfter) {
        jdbc.sql("""
                        update social_mention set attempts = attempts + 1, last_error = ?, state = ?, next_attempt_at = ?
                        where id = ?""")
                .params(error, retryAfter == null ? MentionState.FAILED.name() : MentionState.PENDING.name(),
                        retryAfter == null ? null : Timestamp.from(Instant.now().plus(retryAfter)), id)
                .update();
    }

    void triaged(long id, MentionState state, Mention.Triage t) {
        jdbc.sql("""
                        update social_mention set state = :state, outcome = :outcome, kind = :kind, kind_confidence = :kc,
                            category = :category, category_confidence = :cc, agency_type = :type, region_code = :region,
                            routed_agency_code = :routed, routing_note = :note, handoff_code = :handoff,
                            tracking_id = :tracking, reply_text = :reply, reply_message_id = :replyId,
                            triaged_at = coalesce(triaged_at, now()), last_error = null
                        where id = :id""")
                .param("state", state.name())
                .param("outcome", t.outcome().name())
                .param("kind", t.kind())
                .param("kc", t.kindConfidence())
                .param("category", t.category())
                .param("cc", t.categoryConfidence())
                .param("type", t.agencyType())
                .param("region", t.regionCode())
                .param("routed", t.routedAgencyCode())
                .param("note", t.routingNote())
                .param("handoff", t.handoffCode())
                .param("tracking", t.trackingId())
                .param("reply", t.replyText())
                .param("replyId", t.replyMessageId())
                .param("id", id)
                .update();
    }

    void acted(long id, MentionState state, String actor) {
        jdbc.sql("update social_mention set state = ?, acted_by = ?, acted_at = now() where id = ?")
                .params(state.name(), actor, id).update();
    }

    /**
     * Mentions newest first; {@code agencyCode} non-null limits them to the agency's own accounts
     * and the mentions routed to it.
     */
    List<Mention> list(String agencyCode, MentionState state, TriageOutcome outcome, Channel platform, int limit, long offset) {
        return jdbc.sql("select * from social_mention" + where() + " order by id desc limit :limit offset :offset")
                .param("agency", agencyCode)
                .param("state", state == null ? null : state.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("platform", platform == null ? null : platform.code())
                .param("limit", limit)
                .param("offset", offset)
                .query(MentionStore::mention).list();
    }

    long count(String agencyCode, MentionState state, TriageOutcome outcome, Channel platform) {
        return jdbc.sql("select count(*) from social_mention" + where())
                .param("agency", agencyCode)
                .param("state", state == null ? null : state.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("platform", platform == null ? null : platform.code())
                .query(Long.class).single();
    }

    private static String where() {
        return " " + """
                where (cast(:agency as text) is null or agency_code = :agency or routed_agency_code = :agency)
                  and (cast(:state as text) is null or state = :state)
                  and (cast(:outcome as text) is null or outcome = :outcome)
                  and (cast(:platform as text) is null or platform = :platform)""";
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Mention mention(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        long replyId = rs.getLong("reply_message_id");
        Long replyMessageId = rs.wasNull() ? null : replyId;
        Mention.Triage triage = outcome == null ? null : new Mention.Triage(TriageOutcome.valueOf(outcome),
                rs.getString("kind"), number(rs, "kind_confidence"), rs.getString("category"),
                number(rs, "category_confidence"), rs.getString("agency_type"), rs.getString("region_code"),
                rs.getString("routed_agency_code"), rs.getString("routing_note"), rs.getString("handoff_code"),
                rs.getString("tracking_id"), rs.getString("reply_text"), replyMessageId, instant(rs, "triaged_at"));
        return new Mention(rs.getLong("id"), Channel.ofCode(rs.getString("platform")), rs.getString("post_id"),
                rs.getString("account_id"), rs.getString("agency_code"), Mention.Source.valueOf(rs.getString("source")),
                Mention.PostType.valueOf(rs.getString("post_type")), rs.getString("media_id"), rs.getString("reply_to_id"),
                rs.getString("url"), rs.getString("author_id"), rs.getString("author_handle"), rs.getString("text"),
                instant(rs, "posted_at"), instant(rs, "received_at"), rs.getString("submitted_by"),
                MentionState.valueOf(rs.getString("state")), triage, rs.getInt("attempts"), rs.getString("last_error"),
                rs.getString("acted_by"), instant(rs, "acted_at"));
    }
}

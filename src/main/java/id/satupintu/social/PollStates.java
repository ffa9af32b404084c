package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** The {@code social_poll_state} table: where polling stands for each monitored account. */
@Component
class PollStates {

    /**
     * @param sinceId          the newest post of the last complete poll; null before the first
     * @param pendingNewestId  the newest post of a poll interrupted between pages
     * @param pendingNextToken the page to go on with
     * @param pausedUntil      no calls before this (a rate limit's reset)
     */
    record State(String sinceId, String pendingNewestId, String pendingNextToken, Instant pausedUntil, String lastError) {

        boolean pausedAt(Instant now) {
            return pausedUntil != null && now.isBefore(pausedUntil);
        }
    }

    private final JdbcClient jdbc;

    PollStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    State get(Channel platform, String accountId) {
        return jdbc.sql("select * from social_poll_state where platform = ? and account_id = ?")
                .params(platform.code(), accountId)
                .query((rs, n) -> new State(rs.getString("since_id"), rs.getString("pending_newest_id"),
                        rs.getString("pending_next_token"),
                        rs.getTimestamp("paused_until") == null ? null : rs.getTimestamp("paused_until").toInstant(),
                        rs.getString("last_error")))
                .optional()
                .orElse(new State(null, null, null, null, null));
    }

    /** Every page was read: the next poll asks only for posts newer than {@code sinceId}. */
    void completed(Channel platform, String accountId, String sinceId) {
        save(platform, accountId, new State(sinceId, null, null, null, null));
    }

    /** Stopped between pages (or before the first) until {@code until}; the poll goes on from where it stopped. */
    void paused(Channel platform, String accountId, String sinceId, String newestId, String nextToken, Instant until, String why) {
        save(platform, accountId, new State(sinceId, newestId, nextToken, until, why));
    }

    void failed(Channel platform, String accountId, State state, String error) {
        save(platform, accountId, new State(state.sinceId(), state.pendingNewestId(), state.pendingNextToken(), state.pausedUntil(), error));
    }

    private void save(Channel platform, String accountId, State s) {
        jdbc.sql("""
                        insert into social_poll_state (platform, account_id, since_id, pending_newest_id, pending_next_token,
                            paused_until, last_polled_at, last_error)
                        values (:platform, :account, :since, :newest, :token, :paused, now(), :error)
                        on conflict (platform, account_id) do update set since_id = excluded.since_id,
                            pending_newest_id = excluded.pending_newest_id, pending_next_token = excluded.pending_next_token,
                            paused_until = excluded.paused_until, last_polled_at = now(), last_error = excluded.last_error""")
                .param("platform", platform.code())
                .param("account", accountId)
                .param("since", s.sinceId())
                .param("newest", s.pendingNewestId())
                .param("token", s.pendingNextToken())
                .param("paused", s.pausedUntil() == null ? null : Timestamp.from(s.pausedUntil()))
                .param("error", s.lastError())
                .update();
    }
}

package id.satupintu.channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What we remember about whom we may write to: citizens who opted out of status notifications
 * (SMS "STOP"/"BERHENTI", back in with "MULAI"), and addresses the provider says cannot be reached
 * (the citizen blocked the bot). Replies to a citizen who just wrote are always sent; an address
 * is reachable again as soon as it writes in.
 */
@Service
public class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stops status notifications to this address. */
    public void optOut(Address address) {
        jdbc.sql("""
                        insert into recipient (channel, address_id, opted_out_at) values (?, ?, now())
                        on conflict (channel, address_id)
                        do update set opted_out_at = coalesce(recipient.opted_out_at, excluded.opted_out_at)""")
                .params(address.channel().code(), address.id())
                .update();
    }

    /** Resumes status notifications to this address. */
    public void optIn(Address address) {
        jdbc.sql("update recipient set opted_out_at = null where channel = ? and address_id = ?")
                .params(address.channel().code(), address.id())
                .update();
    }

    public boolean isOptedOut(Address address) {
        return state(address).optedOut();
    }

    public boolean isUnreachable(Address address) {
        return state(address).unreachable();
    }

    /**
     * Stops all messages to this address until it writes in again. The outbox calls this when a
     * provider answers that the recipient is gone; a channel adapter may call it when the provider
     * says so later (a delivery callback).
     */
    public void markUnreachable(Address address, String reason) {
        jdbc.sql("""
                        insert into recipient (channel, address_id, unreachable_at, unreachable_reason)
                        values (?, ?, now(), left(?, 500))
                        on conflict (channel, address_id)
                        do update set unreachable_at = excluded.unreachable_at, unreachable_reason = excluded.unreachable_reason""")
                .params(address.channel().code(), address.id(), reason)
                .update();
    }

    State state(Address address) {
        return jdbc.sql("""
                        select opted_out_at is not null, unreachable_at is not null from recipient
                        where channel = ? and address_id = ?""")
                .params(address.channel().code(), address.id())
                .query((rs, n) -> new State(rs.getBoolean(1), rs.getBoolean(2)))
                .optional()
                .orElse(State.UNKNOWN);
    }

    record State(boolean optedOut, boolean unreachable) {

        static final State UNKNOWN = new State(false, false);
    }
}

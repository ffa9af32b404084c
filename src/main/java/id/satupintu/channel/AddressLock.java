package id.satupintu.channel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory transaction locks on an address, valid across all instances sharing the
 * database and released at commit or rollback. The first key separates what is locked (processing
 * a citizen's messages, scheduling their inbox or outbox task); a hash collision of two addresses
 * only makes them wait for each other.
 */
final class AddressLock {

    static final int PROCESSING = 1;
    static final int INBOX_SCHEDULING = 2;
    static final int OUTBOX_SCHEDULING = 3;

    private AddressLock() {
    }

    /** Waits for the lock and holds it until the current transaction ends. */
    static void hold(JdbcClient jdbc, int space, Address address) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(space, address.key())
                .query((rs, row) -> 1)
                .list();
    }
}

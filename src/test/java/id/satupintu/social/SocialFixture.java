package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/** Helpers of the social tests: empty tables, fresh post ids, waiting for triage. */
@Component
public class SocialFixture {

    private static final AtomicLong ids = new AtomicLong(1_860_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;
    private final MentionStore mentions;

    SocialFixture(JdbcClient jdbc, MentionStore mentions) {
        this.jdbc = jdbc;
        this.mentions = mentions;
    }

    public void clean() {
        jdbc.sql("""
                truncate social_mention, social_poll_state, handoff, outbound_message, recipient,
                    complaint, complaint_event, complaint_attachment restart identity cascade""").update();
    }

    /** A post id never used before (snowflake-sized, like X's). */
    static String newPostId() {
        return String.valueOf(ids.incrementAndGet());
    }

    /** The mention of a post once triage is done with it. */
    Mention awaitTriaged(Channel platform, String postId) {
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> mentions.byPost(platform, postId).filter(m -> m.state() != MentionState.PENDING).orElse(null),
                m -> m != null);
    }

    long count(Channel platform, String postId) {
        return jdbc.sql("select count(*) from social_mention where platform = ? and post_id = ?")
                .params(platform.code(), postId).query(Long.class).single();
    }

    String outboundStatus(long id) {
        return jdbc.sql("select status from outbound_message where id = ?").param(id).query(String.class).single();
    }
}

package id.satupintu.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database take the messages of one conversation at the same time, through
 * their web chat APIs. The engine counts handled messages in the conversation's row by reading and
 * writing it back: had two batches been handled at once, one count would be lost.
 */
@ConversationTest
class ConversationClusterTest {

    private static final int CLIENTS = 4;
    private static final int MESSAGES_EACH = 6;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoMessagesOfOneConversationAreNeverHandledAtOnceOnTwoInstances() throws Exception {
        ApplicationContext other = OtherInstance.on(dataSource);
        WebChat first = new WebChat(context);
        String session = first.session();
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<List<Integer>>> sent = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                ApplicationContext instance = client % 2 == 0 ? context : other;
                int n = client;
                sent.add(clients.submit(() -> {
                    WebChat chat = WebChat.onSession(session, instance);
                    List<Integer> answers = new ArrayList<>();
                    for (int i = 0; i < MESSAGES_EACH; i++) {
                        answers.add(chat.say("terima kasih " + n + "-" + i, null).status());
                    }
                    return answers;
                }));
            }
            for (Future<List<Integer>> f : sent) {
                statuses.addAll(f.get());
            }
        }

        assertThat(statuses).hasSize(CLIENTS * MESSAGES_EACH).allMatch(s -> s == 200 || s == 202);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from inbound_message where channel = 'web' and address_id = ? and status = 'PENDING'""")
                .param(session).query(Integer.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'web' and address_id = ? and status = 'PROCESSED'")
                .param(session).query(Integer.class).single()).isEqualTo(CLIENTS * MESSAGES_EACH);
        assertThat(jdbc.sql("select handled_messages from conversation where channel = 'web' and address_id = ?")
                .param(session).query(Long.class).single()).isEqualTo(CLIENTS * MESSAGES_EACH);
    }
}

package id.satupintu.channel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static id.satupintu.channel.TestMessages.inbound;
import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MessagingTest
class InboxTest {

    @Autowired
    Inbox inbox;
    @Autowired
    ScriptedInboundHandler handler;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRedeliveryIsRecognisedAndNeverProcessedAgain() {
        Address from = newAddress(Channel.TELEGRAM);
        InboundMessage message = inbound(from, "update-1", "jalan rusak");

        assertThat(inbox.accept(message)).isEqualTo(Inbox.Receipt.ACCEPTED);
        assertThat(inbox.accept(message)).isEqualTo(Inbox.Receipt.DUPLICATE);
        awaitAllProcessed(from);
        assertThat(inbox.accept(message)).isEqualTo(Inbox.Receipt.DUPLICATE);
        assertThat(inbox.acceptAndProcess(message).receipt()).isEqualTo(Inbox.Receipt.DUPLICATE);

        sleep(Duration.ofMillis(600));
        assertThat(handler.batches(from)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'telegram' and address_id = ?")
                .param(from.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void messagesInQuickSuccessionAreHandedOverAsOneBatchInOrder() {
        Address from = newAddress(Channel.TELEGRAM);
        inbox.accept(inbound(from, "a", "jalan"));
        inbox.accept(inbound(from, "b", "depan SD"));
        inbox.accept(inbound(from, "c", "rusak"));

        awaitAllProcessed(from);
        assertThat(handler.batches(from)).singleElement()
                .satisfies(batch -> assertThat(batch.providerIds()).containsExactly("a", "b", "c"));
        assertThat(replyTexts(from)).containsExactly("Diterima: jalan / depan SD / rusak");
    }

    @Test
    void aMessageAfterTheWindowIsTheNextBatch() {
        Address from = newAddress(Channel.SMS);
        inbox.accept(inbound(from, "first", "halo"));
        awaitAllProcessed(from);
        inbox.accept(inbound(from, "second", "jalan rusak"));
        inbox.accept(inbound(from, "third", "di Pendopo"));

        awaitAllProcessed(from);
        assertThat(handler.batches(from)).extracting(ScriptedInboundHandler.Batch::providerIds)
                .containsExactly(List.of("first"), List.of("second", "third"));
    }

    @Test
    void aFailedBatchIsRetriedAndNothingOfTheFailedAttemptsIsKept() {
        Address from = newAddress(Channel.TELEGRAM);
        handler.failNext(from, 2);
        inbox.accept(inbound(from, "sampah menumpuk"));

        awaitAllProcessed(from);
        assertThat(handler.attempts(from)).isEqualTo(3);
        assertThat(handler.handledTexts(from)).containsExactly("sampah menumpuk");
        assertThat(replyTexts(from)).containsExactly("Diterima: sampah menumpuk");
        assertThat(jdbc.sql("select attempts from inbound_message where address_id = ?").param(from.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aBatchThatKeepsFailingIsParkedAndTheNextMessageStillGetsThrough() {
        Address from = newAddress(Channel.TELEGRAM);
        handler.failNext(from, Integer.MAX_VALUE);
        inbox.accept(inbound(from, "poison", "pesan yang selalu gagal"));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(from, "poison")));
        assertThat(handler.attempts(from)).isEqualTo(3);
        assertThat(jdbc.sql("select last_error from inbound_message where provider_message_id = 'poison' and address_id = ?")
                .param(from.id()).query(String.class).single()).contains("scripted failure");
        assertThat(handler.handledTexts(from)).isEmpty();
        assertThat(replyTexts(from)).isEmpty();

        handler.failNext(from, 0);
        inbox.accept(inbound(from, "next", "pesan berikutnya"));
        awaitAllProcessed(from);
        assertThat(replyTexts(from)).containsExactly("Diterima: pesan berikutnya");
    }

    @Test
    void acceptAndProcessAnswersInTheSameCallAndARedeliveryGetsTheSameAnswer() {
        Address from = newAddress(Channel.WEB);
        InboundMessage message = inbound(from, "web-1", "tolong pilih");

        Inbox.Answer first = inbox.acceptAndProcess(message);
        Inbox.Answer again = inbox.acceptAndProcess(message);

        assertThat(first.receipt()).isEqualTo(Inbox.Receipt.ACCEPTED);
        assertThat(first.answered()).isTrue();
        assertThat(first.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Diterima: tolong pilih");
            assertThat(reply.choices()).isEqualTo(ScriptedInboundHandler.CHOICES);
        });
        assertThat(again.receipt()).isEqualTo(Inbox.Receipt.DUPLICATE);
        assertThat(again.replies()).isEqualTo(first.replies());
        assertThat(handler.batches(from)).hasSize(1);
        assertThat(jdbc.sql("select status || ' ' || answered_inline from outbound_message where address_id = ?")
                .param(from.id()).query(String.class).single()).isEqualTo("SENT true");
    }

    @Test
    void aSynchronousMessageWhoseHandlingFailedIsFinishedInTheBackground() {
        Address from = newAddress(Channel.WEB);
        handler.failNext(from, 1);

        Inbox.Answer answer = inbox.acceptAndProcess(inbound(from, "jalan rusak"));

        assertThat(answer.answered()).isFalse();
        assertThat(answer.replies()).isEmpty();
        awaitAllProcessed(from);
        assertThat(jdbc.sql("select status || ' ' || answered_inline from outbound_message where address_id = ?")
                .param(from.id()).query(String.class).single()).isEqualTo("QUEUED false");
    }

    @Test
    void attachmentsAndCoordinatesReachTheHandler() {
        Address from = newAddress(Channel.TELEGRAM);
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        var message = new InboundMessage(from, "photo-1", "lubang", null,
                List.of(new Attachment("lubang.jpg", "image/jpeg", photo)), new Coordinates(-3.98, 103.1),
                "Budi", java.time.Instant.now());
        inbox.accept(message);

        awaitAllProcessed(from);
        InboundMessage handled = handler.batches(from).getFirst().messages().getFirst();
        assertThat(handled.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("lubang.jpg");
            assertThat(a.content()).isEqualTo(photo);
        });
        assertThat(handled.coordinates()).isEqualTo(new Coordinates(-3.98, 103.1));
        assertThat(handled.senderName()).isEqualTo("Budi");
    }

    private void awaitAllProcessed(Address from) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select count(*) = 0 and (select count(*) > 0 from inbound_message where channel = ? and address_id = ?)
                        from inbound_message where channel = ? and address_id = ? and status = 'PENDING'""")
                .params(from.channel().code(), from.id(), from.channel().code(), from.id())
                .query(Boolean.class).single());
    }

    private String status(Address from, String providerId) {
        return jdbc.sql("select status from inbound_message where channel = ? and provider_message_id = ?")
                .params(from.channel().code(), providerId).query(String.class).optional().orElse(null);
    }

    private List<String> replyTexts(Address to) {
        return jdbc.sql("select text from outbound_message where channel = ? and address_id = ? order by id")
                .params(to.channel().code(), to.id()).query(String.class).list();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

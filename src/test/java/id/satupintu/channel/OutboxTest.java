package id.satupintu.channel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static id.satupintu.channel.TestMessages.inbound;
import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MessagingTest
class OutboxTest {

    @Autowired
    Outbox outbox;
    @Autowired
    Inbox inbox;
    @Autowired
    Recipients recipients;
    @Autowired
    ScriptedChannelSender sender;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionOperations transactions;

    @Test
    void messagesToOneRecipientGoOutInOrderAndSpacedByItsLimit() {
        Address to = newAddress(Channel.TELEGRAM);
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(reply(to, "satu"));
            outbox.enqueue(reply(to, "dua"));
            outbox.enqueue(reply(to, "tiga"));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sendsTo(to).size() == 3);
        List<ScriptedChannelSender.Send> sends = sender.sendsTo(to);
        assertThat(sends).extracting(ScriptedChannelSender.Send::text).containsExactly("satu", "dua", "tiga");
        for (int i = 1; i < sends.size(); i++) {
            assertThat(Duration.between(sends.get(i - 1).at(), sends.get(i).at())).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        }
        await().until(() -> statuses(to).equals(List.of("SENT", "SENT", "SENT")));
    }

    @Test
    void nothingIsSentWhenTheCallersTransactionRollsBack() {
        Address to = newAddress(Channel.TELEGRAM);
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(reply(to, "tidak jadi"));
            status.setRollbackOnly();
        });

        InboxTest.sleep(Duration.ofMillis(500));
        assertThat(sender.sendsTo(to)).isEmpty();
        assertThat(statuses(to)).isEmpty();
    }

    @Test
    void retryLaterWithAWaitIsRetriedAfterExactlyThatWait() {
        Address to = newAddress(Channel.TELEGRAM);
        sender.script(to, new Delivery.RetryLater(Duration.ofMillis(800), "429 Too Many Requests"));
        outbox.enqueue(reply(to, "halo"));

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("SENT")));
        List<ScriptedChannelSender.Send> sends = sender.sendsTo(to);
        assertThat(sends).hasSize(2);
        assertThat(Duration.between(sends.get(0).at(), sends.get(1).at()))
                .isBetween(Duration.ofMillis(800), Duration.ofMillis(2000));
        assertThat(providerId(to)).startsWith("p-");
    }

    @Test
    void temporaryFailuresBackOffAndAMessageIsFailedAfterTheLastAttempt() {
        Address to = newAddress(Channel.TELEGRAM);
        sender.script(to, new Delivery.RetryLater(null, "502"), new Delivery.RetryLater(null, "502"),
                new Delivery.RetryLater(null, "502"));
        outbox.enqueue(reply(to, "halo"));
        outbox.enqueue(reply(to, "berikutnya"));

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("FAILED", "SENT")));
        List<ScriptedChannelSender.Send> sends = sender.sendsTo(to);
        assertThat(sends).extracting(ScriptedChannelSender.Send::text).containsExactly("halo", "halo", "halo", "berikutnya");
        Duration firstWait = Duration.between(sends.get(0).at(), sends.get(1).at());
        Duration secondWait = Duration.between(sends.get(1).at(), sends.get(2).at());
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(jdbc.sql("select last_error from outbound_message where address_id = ? order by id limit 1")
                .param(to.id()).query(String.class).single()).isEqualTo("gave up after 3 attempts: 502");
    }

    @Test
    void aSenderThatThrowsIsRetried() {
        Address to = newAddress(Channel.SMS);
        sender.script(to, new IllegalStateException("connection reset"));
        outbox.enqueue(reply(to, "halo"));

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("SENT")));
        assertThat(sender.sendsTo(to)).hasSize(2);
    }

    @Test
    void aRecipientWhoIsGoneIsNotMessagedUntilTheyWriteInAgain() {
        Address to = newAddress(Channel.TELEGRAM);
        sender.script(to, new Delivery.Failed("403 Forbidden: bot was blocked by the user", true));
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(reply(to, "satu"));
            outbox.enqueue(reply(to, "dua"));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("FAILED", "SUPPRESSED")));
        assertThat(recipients.isUnreachable(to)).isTrue();
        outbox.enqueue(notification(to, "Laporan Anda diproses"));
        assertThat(statuses(to)).containsExactly("FAILED", "SUPPRESSED", "SUPPRESSED");

        inbox.accept(inbound(to, "saya kembali"));
        assertThat(recipients.isUnreachable(to)).isFalse();
        outbox.enqueue(reply(to, "selamat datang kembali"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sender.sendsTo(to).size() == 2);
        assertThat(sender.sendsTo(to)).extracting(ScriptedChannelSender.Send::text)
                .containsExactly("satu", "selamat datang kembali");
    }

    @Test
    void anOptedOutCitizenGetsRepliesButNoNotifications() {
        Address to = newAddress(Channel.SMS);
        recipients.optOut(to);
        assertThat(recipients.isOptedOut(to)).isTrue();
        outbox.enqueue(notification(to, "Status laporan LPR-AB12-CD34: diverifikasi"));
        outbox.enqueue(reply(to, "Baik, notifikasi dihentikan."));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("SUPPRESSED", "SENT")));

        recipients.optIn(to);
        outbox.enqueue(notification(to, "Status laporan LPR-AB12-CD34: selesai"));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("SUPPRESSED", "SENT", "SENT")));
        assertThat(sender.sendsTo(to)).extracting(ScriptedChannelSender.Send::text)
                .containsExactly("Baik, notifikasi dihentikan.", "Status laporan LPR-AB12-CD34: selesai");
    }

    @Test
    void providerStatusCallbacksMoveTheStatusForwardOnly() {
        Address to = newAddress(Channel.SMS);
        outbox.enqueue(reply(to, "halo"));
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).equals(List.of("SENT")));
        String providerId = providerId(to);

        assertThat(outbox.updateStatus(Channel.SMS, providerId, OutboundStatus.DELIVERED)).isTrue();
        assertThat(outbox.updateStatus(Channel.SMS, providerId, OutboundStatus.READ)).isTrue();
        assertThat(outbox.updateStatus(Channel.SMS, providerId, OutboundStatus.DELIVERED)).isFalse();
        assertThat(outbox.updateStatus(Channel.TELEGRAM, providerId, OutboundStatus.UNDELIVERED)).isFalse();
        assertThat(statuses(to)).containsExactly("READ");
    }

    @Test
    void aMessageToAChannelWithoutSenderIsStoredForTheTranscript() {
        Address to = newAddress(Channel.WEB);
        outbox.enqueue(notification(to, "Status laporan: diverifikasi"));

        InboxTest.sleep(Duration.ofMillis(300));
        assertThat(statuses(to)).containsExactly("QUEUED");
    }

    @Test
    void theOverallRateOfAChannelIsLimited() {
        List<Address> recipientsOfOneChannel = IntStream.range(0, 10).mapToObj(i -> newAddress(Channel.SMS)).toList();
        // Let the bucket (5 per second) fill up after other tests' messages.
        InboxTest.sleep(Duration.ofSeconds(1));
        transactions.executeWithoutResult(status -> recipientsOfOneChannel.forEach(to -> outbox.enqueue(reply(to, "halo"))));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> recipientsOfOneChannel.stream().allMatch(to -> sender.sendsTo(to).size() == 1));
        List<java.time.Instant> times = recipientsOfOneChannel.stream().map(to -> sender.sendsTo(to).getFirst().at()).sorted().toList();
        // 5 at once from the full bucket, then one every 200 ms.
        assertThat(Duration.between(times.getFirst(), times.getLast())).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    private List<String> statuses(Address to) {
        return jdbc.sql("select status from outbound_message where channel = ? and address_id = ? order by id")
                .params(to.channel().code(), to.id()).query(String.class).list();
    }

    private String providerId(Address to) {
        return jdbc.sql("select provider_message_id from outbound_message where channel = ? and address_id = ?")
                .params(to.channel().code(), to.id()).query(String.class).single();
    }

    private static OutboundMessage reply(Address to, String text) {
        return OutboundMessage.reply(to, text, List.of());
    }

    private static OutboundMessage notification(Address to, String text) {
        return new OutboundMessage(to, text, List.of(), new OutboundMessage.Notification("LPR-AB12-CD34", "DIVERIFIKASI"));
    }
}

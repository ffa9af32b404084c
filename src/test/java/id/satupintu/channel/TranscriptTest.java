package id.satupintu.channel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static id.satupintu.channel.TestMessages.inbound;
import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;

@MessagingTest
class TranscriptTest {

    @Autowired
    Transcript transcript;
    @Autowired
    Inbox inbox;
    @Autowired
    Outbox outbox;

    @Test
    void bothDirectionsInOneOrderReadOnWithACursor() {
        Address citizen = newAddress(Channel.WEB);
        inbox.acceptAndProcess(inbound(citizen, "jalan rusak, pilih"));
        inbox.acceptAndProcess(inbound(citizen, "terima kasih"));
        outbox.enqueue(OutboundMessage.reply(citizen, "Laporan Anda diverifikasi", List.of()));

        Transcript.Page all = transcript.read(citizen, 0, 10);
        assertThat(all.entries()).extracting(Transcript.Entry::direction, Transcript.Entry::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Transcript.Direction.IN, "jalan rusak, pilih"),
                org.assertj.core.groups.Tuple.tuple(Transcript.Direction.OUT, "Diterima: jalan rusak, pilih"),
                org.assertj.core.groups.Tuple.tuple(Transcript.Direction.IN, "terima kasih"),
                org.assertj.core.groups.Tuple.tuple(Transcript.Direction.OUT, "Diterima: terima kasih"),
                org.assertj.core.groups.Tuple.tuple(Transcript.Direction.OUT, "Laporan Anda diverifikasi"));
        assertThat(all.entries().get(1).choices()).isEqualTo(ScriptedInboundHandler.CHOICES);
        assertThat(all.entries().get(1).status()).isEqualTo(OutboundStatus.SENT);
        assertThat(all.entries().get(4).answeredInline()).isFalse();

        Transcript.Page firstTwo = transcript.read(citizen, 0, 2);
        Transcript.Page rest = transcript.read(citizen, firstTwo.next(), 10);
        assertThat(firstTwo.entries()).hasSize(2);
        assertThat(rest.entries()).extracting(Transcript.Entry::text)
                .containsExactly("terima kasih", "Diterima: terima kasih", "Laporan Anda diverifikasi");
        assertThat(transcript.read(citizen, rest.next(), 10)).satisfies(page -> {
            assertThat(page.entries()).isEmpty();
            assertThat(page.next()).isEqualTo(rest.next());
        });
    }

    @Test
    void lastChoicesAreThoseOfTheLatestMessageToTheAddress() {
        Address citizen = newAddress(Channel.WEB);
        assertThat(transcript.lastChoices(citizen)).isEmpty();
        inbox.acceptAndProcess(inbound(citizen, "tolong pilih"));
        assertThat(transcript.lastChoices(citizen)).isEqualTo(ScriptedInboundHandler.CHOICES);
        inbox.acceptAndProcess(inbound(citizen, "sudah"));
        assertThat(transcript.lastChoices(citizen)).isEmpty();
    }
}

package id.satupintu.channel.twilio;

import id.satupintu.channel.Address;
import id.satupintu.channel.Choice;
import id.satupintu.channel.InboundHandler;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Stands in for the conversation engine: keeps every message as the inbox hands it over (read back
 * from the database), and answers "Diterima: ..." (with two choices when asked to "pilih"), or
 * "Pilihan: value" for a picked choice.
 */
@Primary
class RecordingInboundHandler implements InboundHandler {

    static final List<Choice> CHOICES = List.of(new Choice("jalan", "Jalan rusak"), new Choice("sampah", "Sampah menumpuk"));

    private final List<InboundMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public List<OutboundMessage> handle(Address from, List<InboundMessage> messages) {
        received.addAll(messages);
        InboundMessage last = messages.getLast();
        if (last.choice() != null) {
            return List.of(OutboundMessage.reply(from, "Pilihan: " + last.choice(), List.of()));
        }
        String texts = messages.stream().map(InboundMessage::text).collect(Collectors.joining(" / "));
        return List.of(OutboundMessage.reply(from, "Diterima: " + texts, texts.contains("pilih") ? CHOICES : List.of()));
    }

    List<InboundMessage> from(Address address) {
        return received.stream().filter(m -> m.from().equals(address)).toList();
    }
}

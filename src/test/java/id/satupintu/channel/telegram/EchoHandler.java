package id.satupintu.channel.telegram;

import id.satupintu.channel.Address;
import id.satupintu.channel.Choice;
import id.satupintu.channel.InboundHandler;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import org.springframework.context.annotation.Primary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays the conversation engine at the inbox boundary: keeps what it is handed (the messages as the
 * inbox stored them) and answers each batch with one reply, offering two choices when asked to
 * "pilih", asking for text when a message says nothing, and saying what it got otherwise.
 */
@Primary
class EchoHandler implements InboundHandler {

    static final List<Choice> CHOICES = List.of(new Choice("jalan", "Jalan rusak"), new Choice("sampah", "Sampah"));
    static final String ASK_FOR_TEXT = "Mohon tulis laporan Anda dengan teks.";

    private final Map<Address, List<InboundMessage>> received = new ConcurrentHashMap<>();

    @Override
    public List<OutboundMessage> handle(Address from, List<InboundMessage> messages) {
        received.computeIfAbsent(from, a -> new CopyOnWriteArrayList<>()).addAll(messages);
        InboundMessage last = messages.getLast();
        if (last.choice() != null) {
            return List.of(OutboundMessage.reply(from, "Pilihan Anda: " + last.choice(), List.of()));
        }
        if (last.text().isEmpty() && last.attachments().isEmpty() && last.coordinates() == null) {
            return List.of(OutboundMessage.reply(from, ASK_FOR_TEXT, List.of()));
        }
        if (last.coordinates() != null) {
            return List.of(OutboundMessage.reply(from, "Lokasi: " + last.coordinates().latitude() + ", "
                    + last.coordinates().longitude(), List.of()));
        }
        if (!last.attachments().isEmpty()) {
            return List.of(OutboundMessage.reply(from, "Foto diterima: " + last.text(), List.of()));
        }
        if (last.text().contains("pilih")) {
            return List.of(OutboundMessage.reply(from, "Pilih kategori", CHOICES));
        }
        return List.of(OutboundMessage.reply(from, "Diterima: " + last.text(), List.of()));
    }

    List<InboundMessage> received(Address from) {
        return new ArrayList<>(received.getOrDefault(from, List.of()));
    }
}

package id.satupintu.channel.twilio;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.Inbox;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.OutboundStatus;
import id.satupintu.channel.Outbox;
import id.satupintu.channel.Recipients;
import id.satupintu.channel.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what Twilio posts to the webhooks (already verified): an incoming SMS or WhatsApp message
 * becomes one {@link InboundMessage} for the {@link Inbox}, a delivery status callback updates the
 * outbound message it is about.
 *
 * <p>The opt-out keywords are the channel's own business, not the conversation's: SMS carriers and
 * Twilio treat STOP as a channel-level command, and the conversation engine knows no channel. So
 * "STOP"/"BERHENTI" alone opts the number out of status notifications, and "MULAI"/"START" alone
 * opts it back in, each answered with a short confirmation; the message is kept in the transcript
 * but never handed to the conversation. "MULAI" from a number that has not opted out is an
 * ordinary message (the conversation reads it as "start").
 */
@Component
@ConditionalOnTwilio
class TwilioInbound {

    private static final Logger log = LoggerFactory.getLogger(TwilioInbound.class);

    private static final Set<String> OPT_OUT = Set.of("STOP", "BERHENTI");
    private static final Set<String> OPT_IN = Set.of("MULAI", "START");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!]+$");
    private static final Pattern OPTION_NUMBER = Pattern.compile("\\d{1,2}");
    /** Twilio sends at most 10 media per message. */
    private static final int MAX_MEDIA = 10;
    /** Error codes of a status callback saying the number cannot receive messages at all. */
    private static final Set<String> RECIPIENT_GONE = Set.of("21610", "30005", "30006", "63003", "63024");

    private final Inbox inbox;
    private final Outbox outbox;
    private final Recipients recipients;
    private final Transcript transcript;
    private final TwilioMedia media;
    private final TwilioTexts texts;
    private final TwilioProperties properties;
    private final PhoneNumbers phoneNumbers;
    private final TransactionOperations transactions;

    TwilioInbound(Inbox inbox, Outbox outbox, Recipients recipients, Transcript transcript, TwilioMedia media,
                  TwilioTexts texts, TwilioProperties properties, TransactionOperations transactions) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.recipients = recipients;
        this.transcript = transcript;
        this.media = media;
        this.texts = texts;
        this.properties = properties;
        this.phoneNumbers = new PhoneNumbers(properties.defaultRegion());
        this.transactions = transactions;
    }

    /** An incoming message: stored once per {@code MessageSid}, however often Twilio delivers it. */
    Inbox.Receipt message(Map<String, String> p) {
        String sid = required(p, "MessageSid");
        Address from = sender(p);
        Coordinates coordinates = coordinates(p);
        String body = p.getOrDefault("Body", "");
        // A shared location has no body; its name and street are what the citizen would have typed.
        String text = body.isBlank() && coordinates != null ? place(p) : body;
        String choice = p.get("ButtonPayload") != null ? p.get("ButtonPayload") : chosen(from, text);
        String name = from.channel() == Channel.WHATSAPP ? blankToNull(p.get("ProfileName")) : null;
        var message = new InboundMessage(from, sid, text, choice, media.download(media(p)), coordinates, name, Instant.now());
        return keyword(from, text)
                .map(reply -> answered(message, reply))
                .orElseGet(() -> inbox.accept(message));
    }

    /** A delivery status callback for a message we sent. */
    void status(Map<String, String> p) {
        String sid = required(p, "MessageSid");
        String reported = required(p, "MessageStatus");
        Channel channel = required(p, "To").startsWith(TwilioProperties.WHATSAPP_PREFIX) ? Channel.WHATSAPP : Channel.SMS;
        Optional<OutboundStatus> status = switch (reported.toLowerCase(Locale.ROOT)) {
            case "queued" -> Optional.of(OutboundStatus.QUEUED);
            case "sent" -> Optional.of(OutboundStatus.SENT);
            case "delivered" -> Optional.of(OutboundStatus.DELIVERED);
            case "read" -> Optional.of(OutboundStatus.READ);
            case "failed" -> Optional.of(OutboundStatus.FAILED);
            case "undelivered" -> Optional.of(OutboundStatus.UNDELIVERED);
            default -> Optional.empty();
        };
        if (status.isEmpty()) {
            log.debug("Ignoring Twilio status {} of {}", reported, sid);
            return;
        }
        if (!outbox.updateStatus(channel, sid, status.get())) {
            log.debug("Twilio status {} of {} changed nothing (unknown message, or a later status is known)", reported, sid);
        }
        String error = p.get("ErrorCode");
        if (error != null && RECIPIENT_GONE.contains(error)) {
            phoneNumbers.toE164(p.get("To")).ifPresent(number ->
                    recipients.markUnreachable(new Address(channel, number), "Twilio error " + error));
        }
    }

    private Address sender(Map<String, String> p) {
        String from = required(p, "From");
        Channel channel = from.startsWith(TwilioProperties.WHATSAPP_PREFIX) ? Channel.WHATSAPP : Channel.SMS;
        if (!properties.channels().contains(channel)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, channel == Channel.SMS
                    ? "SMS is not enabled on this server (TWILIO_SMS_FROM is not set)"
                    : "WhatsApp is not enabled on this server (TWILIO_WHATSAPP_FROM is not set)");
        }
        Optional<String> number = phoneNumbers.toE164(from);
        if (number.isEmpty() && channel == Channel.WHATSAPP && p.get("WaId") != null) {
            number = phoneNumbers.toE164("+" + p.get("WaId"));
        }
        return new Address(channel, number.orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "From is not a phone number")));
    }

    private static Coordinates coordinates(Map<String, String> p) {
        String latitude = p.get("Latitude");
        String longitude = p.get("Longitude");
        if (latitude == null || longitude == null) {
            return null;
        }
        try {
            return new Coordinates(Double.parseDouble(latitude), Double.parseDouble(longitude));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Latitude and Longitude must be degrees");
        }
    }

    private static String place(Map<String, String> p) {
        List<String> parts = new ArrayList<>(2);
        Optional.ofNullable(blankToNull(p.get("Label"))).ifPresent(parts::add);
        Optional.ofNullable(blankToNull(p.get("Address"))).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    private static List<TwilioMedia.Media> media(Map<String, String> p) {
        int count;
        try {
            count = Integer.parseInt(p.getOrDefault("NumMedia", "0").strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "NumMedia must be a number");
        }
        List<TwilioMedia.Media> media = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_MEDIA); i++) {
            String url = p.get("MediaUrl" + i);
            if (url == null) {
                continue;
            }
            try {
                media.add(new TwilioMedia.Media(i, URI.create(url), blankToNull(p.get("MediaContentType" + i))));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "MediaUrl" + i + " is not a URL");
            }
        }
        return media;
    }

    /**
     * Without buttons, the citizen answers a choice with its number ("2") or its label: mapped
     * back to the choice's value offered in the last message to them.
     */
    private String chosen(Address from, String text) {
        String answer = text.strip();
        if (answer.isEmpty()) {
            return null;
        }
        List<Choice> offered = transcript.lastChoices(from);
        if (OPTION_NUMBER.matcher(answer).matches()) {
            int number = Integer.parseInt(answer);
            return number >= 1 && number <= offered.size() ? offered.get(number - 1).value() : null;
        }
        return offered.stream().filter(c -> c.label().equalsIgnoreCase(answer)).map(Choice::value).findFirst().orElse(null);
    }

    /** The confirmation of an opt-out keyword, if the text is one that applies. */
    private Optional<Keyword> keyword(Address from, String text) {
        String word = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        if (OPT_OUT.contains(word)) {
            return Optional.of(new Keyword(true, texts.optedOut()));
        }
        if (OPT_IN.contains(word) && recipients.isOptedOut(from)) {
            return Optional.of(new Keyword(false, texts.optedIn()));
        }
        return Optional.empty();
    }

    private record Keyword(boolean optOut, String confirmation) {
    }

    private Inbox.Receipt answered(InboundMessage message, Keyword keyword) {
        Address from = message.from();
        return transactions.execute(status -> {
            Inbox.Receipt receipt = inbox.acceptAnswered(message, OutboundMessage.reply(from, keyword.confirmation(), List.of()));
            if (receipt == Inbox.Receipt.ACCEPTED) {
                if (keyword.optOut()) {
                    recipients.optOut(from);
                } else {
                    recipients.optIn(from);
                }
            }
            return receipt;
        });
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is missing");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

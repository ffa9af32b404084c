package id.satupintu.channel.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.ChannelSender;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Delivery;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sends SMS and WhatsApp messages through Twilio's Messages API, for the outbox. Choices become
 * numbered options ("Balas 1 untuk ..."), which the inbound side maps back. SMS text is kept in
 * the GSM alphabet where that loses nothing, so that it fits in fewer segments.
 *
 * <p>WhatsApp allows free-form messages only within 24 hours of the citizen's last message.
 * Outside that window a status notification goes out as the approved template, and anything else
 * is not attempted.
 */
@Component
@ConditionalOnTwilio
class TwilioSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSender.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** SMS replies should fit in this many segments. */
    private static final int SMS_SEGMENTS = 2;
    /**
     * Error codes saying the recipient cannot receive messages at all: unsubscribed (STOP at the
     * carrier), not a mobile number, no WhatsApp on the number.
     */
    private static final Set<Integer> RECIPIENT_GONE = Set.of(21610, 21614, 63003, 63024);

    private final TwilioRestClient client;
    private final Transcript transcript;
    private final TwilioTexts texts;
    private final TwilioProperties properties;

    TwilioSender(TwilioRestClient client, Transcript transcript, TwilioTexts texts, TwilioProperties properties) {
        this.client = client;
        this.transcript = transcript;
        this.texts = texts;
        this.properties = properties;
    }

    @Override
    public Set<Channel> channels() {
        return properties.channels();
    }

    @Override
    public Delivery send(OutboundMessage message) {
        MessageCreator creator;
        switch (message.to().channel()) {
            case SMS -> creator = Message.creator(new PhoneNumber(message.to().id()),
                    new PhoneNumber(properties.smsFrom().strip()), smsText(message));
            case WHATSAPP -> {
                if (!insideWhatsAppWindow(message.to())) {
                    return outsideWhatsAppWindow(message);
                }
                creator = Message.creator(whatsapp(message.to()), new PhoneNumber(properties.whatsappSender()), text(message));
            }
            default -> {
                return new Delivery.Failed("Twilio does not serve " + message.to().channel(), false);
            }
        }
        return create(creator);
    }

    private Delivery outsideWhatsAppWindow(OutboundMessage message) {
        OutboundMessage.Notification notification = message.notification();
        if (notification == null) {
            return new Delivery.Failed("WhatsApp allows free-form messages only within " + properties.whatsappWindowText()
                    + " of the citizen's last message", false);
        }
        if (!properties.hasTemplate()) {
            return new Delivery.Failed("outside WhatsApp's " + properties.whatsappWindowText()
                    + " window and TWILIO_WHATSAPP_TEMPLATE_SID is not set", false);
        }
        PhoneNumber to = whatsapp(message.to());
        MessageCreator creator = properties.hasMessagingService()
                ? Message.creator(to, properties.messagingServiceSid().strip(), (String) null)
                : Message.creator(to, new PhoneNumber(properties.whatsappSender()), (String) null);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("1", Objects.requireNonNullElse(notification.trackingId(), ""));
        variables.put("2", Objects.requireNonNullElse(notification.status(), ""));
        creator.setContentSid(properties.whatsappTemplateSid().strip()).setContentVariables(JSON.writeValueAsString(variables));
        return create(creator);
    }

    private boolean insideWhatsAppWindow(Address to) {
        Instant now = Instant.now();
        return transcript.lastInboundAt(to).map(last -> last.plus(properties.whatsappWindow()).isAfter(now)).orElse(false);
    }

    private Delivery create(MessageCreator creator) {
        if (properties.hasPublicBaseUrl()) {
            creator.setStatusCallback(URI.create(properties.publicUrl(TwilioProperties.STATUS_PATH)));
        }
        try {
            return new Delivery.Sent(creator.create(client).getSid());
        } catch (TwilioHttpClient.RetryAfter e) {
            return new Delivery.RetryLater(e.waitFor(), "Twilio: " + e.getMessage());
        } catch (ApiException e) {
            return delivery(e);
        } catch (TwilioException e) {
            return new Delivery.RetryLater(null, "Twilio unreachable: " + e.getMessage());
        }
    }

    /** The reason names Twilio's error code, not its message, which may quote the phone number. */
    static Delivery delivery(ApiException e) {
        Integer status = e.getStatusCode();
        Integer code = e.getCode();
        String reason = "Twilio " + (code == null ? "error" : "error " + code) + " (HTTP " + (status == null ? "none" : status) + ")"
                + (e.getMoreInfo() == null ? "" : ", " + e.getMoreInfo());
        if (code != null && RECIPIENT_GONE.contains(code)) {
            return new Delivery.Failed(reason, true);
        }
        if (status == null || status == 429 || status >= 500) {
            return new Delivery.RetryLater(null, reason);
        }
        return new Delivery.Failed(reason, false);
    }

    private String text(OutboundMessage message) {
        List<Choice> choices = message.choices();
        if (choices.isEmpty()) {
            return message.text();
        }
        StringBuilder text = new StringBuilder(message.text());
        for (int i = 0; i < choices.size(); i++) {
            text.append('\n').append(texts.choice(i + 1, choices.get(i).label()));
        }
        return text.toString();
    }

    private String smsText(OutboundMessage message) {
        String text = SmsText.forSms(text(message));
        SmsText.Segments segments = SmsText.segments(text);
        if (segments.count() > SMS_SEGMENTS) {
            log.warn("An SMS reply takes {} segments ({}, {} units); replies should fit in {}",
                    segments.count(), segments.encoding(), segments.units(), SMS_SEGMENTS);
        }
        return text;
    }

    private static PhoneNumber whatsapp(Address to) {
        return new PhoneNumber(TwilioProperties.WHATSAPP_PREFIX + to.id());
    }
}

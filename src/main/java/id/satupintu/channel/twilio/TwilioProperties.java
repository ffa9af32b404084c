package id.satupintu.channel.twilio;

import id.satupintu.channel.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of the SMS and WhatsApp channels ({@code satupintu.twilio.*}, filled from the environment
 * variables listed in channels/twilio.yml).
 *
 * @param accountSid          blank (or a blank auth token) switches both channels off
 * @param authToken           signs the webhooks and authenticates the REST calls and media downloads
 * @param apiUrl              another server for the REST API and the media (tests: WireMock); null for Twilio's own
 * @param smsFrom             the number (or alphanumeric sender id) replies come from; blank: no SMS
 * @param whatsappFrom        the WhatsApp sender, with or without the {@code whatsapp:} prefix; blank: no WhatsApp
 * @param whatsappTemplateSid the approved Content template (HX...) for status notifications outside
 *                            WhatsApp's 24-hour window; variables {@code 1} tracking id, {@code 2} status
 * @param messagingServiceSid sends the templates through this Messaging Service (MG...) instead of {@code whatsappFrom}
 * @param publicBaseUrl       the URL at which Twilio reaches this server, as Twilio sees it; the
 *                            signatures are computed over it. Blank: the URL of the request as this server sees it
 * @param defaultRegion       where a phone number without country code is from (ISO 3166 code)
 * @param maxMediaSize        larger media are not kept (the message is)
 * @param mediaTimeout        for fetching one media file
 * @param whatsappWindow      free-form WhatsApp messages only this long after the citizen last wrote
 */
@ConfigurationProperties("satupintu.twilio")
record TwilioProperties(String accountSid,
                        String authToken,
                        URI apiUrl,
                        String smsFrom,
                        String whatsappFrom,
                        String whatsappTemplateSid,
                        String messagingServiceSid,
                        String publicBaseUrl,
                        @DefaultValue("ID") String defaultRegion,
                        @DefaultValue("5MB") DataSize maxMediaSize,
                        @DefaultValue("10s") Duration mediaTimeout,
                        @DefaultValue("24h") Duration whatsappWindow) {

    static final String MESSAGES_PATH = "/webhooks/twilio/messages";
    static final String STATUS_PATH = "/webhooks/twilio/status";
    static final String WHATSAPP_PREFIX = "whatsapp:";

    TwilioProperties {
        // An unset TWILIO_API_URL arrives as an empty URI.
        if (apiUrl != null && apiUrl.toString().isBlank()) {
            apiUrl = null;
        }
    }

    boolean enabled() {
        return !isBlank(accountSid) && !isBlank(authToken);
    }

    /** The channels that are on: credentials and a sender for each. */
    Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (enabled() && !isBlank(smsFrom)) {
            channels.add(Channel.SMS);
        }
        if (enabled() && !isBlank(whatsappFrom)) {
            channels.add(Channel.WHATSAPP);
        }
        return channels;
    }

    /** The WhatsApp sender as the REST API wants it, {@code whatsapp:+1415...}. */
    String whatsappSender() {
        String from = whatsappFrom.strip();
        return from.startsWith(WHATSAPP_PREFIX) ? from : WHATSAPP_PREFIX + from;
    }

    /** "24 hours", for reasons and the log. */
    String whatsappWindowText() {
        long minutes = whatsappWindow.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes";
    }

    boolean hasTemplate() {
        return !isBlank(whatsappTemplateSid);
    }

    boolean hasMessagingService() {
        return !isBlank(messagingServiceSid);
    }

    boolean hasPublicBaseUrl() {
        return !isBlank(publicBaseUrl);
    }

    /** The public URL of one of our webhook paths; only with a {@link #publicBaseUrl}. */
    String publicUrl(String path) {
        String base = publicBaseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Never shows the auth token, wherever the settings end up printed. */
    @Override
    public String toString() {
        return "TwilioProperties[channels=" + channels() + ", apiUrl=" + apiUrl + ", publicBaseUrl=" + publicBaseUrl
                + ", template=" + hasTemplate() + ", messagingService=" + hasMessagingService() + "]";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

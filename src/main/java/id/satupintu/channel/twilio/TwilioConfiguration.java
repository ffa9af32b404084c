package id.satupintu.channel.twilio;

import com.twilio.http.TwilioRestClient;
import id.satupintu.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Twilio SDK client, and one line in the log at start saying what SMS and WhatsApp do. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
class TwilioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

    TwilioConfiguration(TwilioProperties properties) {
        if (!properties.enabled()) {
            log.info("SMS and WhatsApp (Twilio) are off: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set");
            return;
        }
        if (properties.channels().isEmpty()) {
            log.warn("Twilio credentials are set, but neither TWILIO_SMS_FROM nor TWILIO_WHATSAPP_FROM: SMS and WhatsApp are off");
            return;
        }
        log.info("Twilio is on for {}; webhooks at {} and {}", properties.channels(),
                properties.hasPublicBaseUrl() ? properties.publicUrl(TwilioProperties.MESSAGES_PATH) : TwilioProperties.MESSAGES_PATH,
                properties.hasPublicBaseUrl() ? properties.publicUrl(TwilioProperties.STATUS_PATH) : TwilioProperties.STATUS_PATH);
        if (!properties.hasPublicBaseUrl()) {
            log.warn("PUBLIC_BASE_URL is not set: Twilio signatures are checked against the URL as this server sees it "
                    + "(wrong behind a proxy), and no delivery status callbacks are asked for");
        }
        if (properties.channels().contains(Channel.WHATSAPP) && !properties.hasTemplate()) {
            log.warn("TWILIO_WHATSAPP_TEMPLATE_SID is not set: status notifications to WhatsApp citizens who have not "
                    + "written for {} cannot be sent", properties.whatsappWindowText());
        }
    }

    @Bean
    @ConditionalOnTwilio
    TwilioUrls twilioUrls(TwilioProperties properties) {
        return new TwilioUrls(properties.apiUrl());
    }

    @Bean
    @ConditionalOnTwilio
    TwilioRestClient twilioRestClient(TwilioProperties properties, TwilioUrls urls) {
        return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
                .httpClient(new TwilioHttpClient(urls))
                .build();
    }
}

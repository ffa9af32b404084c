package id.satupintu.channel.twilio;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The few texts the channel itself writes to citizens, from {@code messages-twilio.properties}. */
@Component
@ConditionalOnTwilio
class TwilioTexts {

    private static final Locale INDONESIAN = Locale.of("id");

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    TwilioTexts() {
        bundle.setBasename("messages-twilio");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
    }

    /** One numbered option, "Balas 1 untuk Jalan rusak". */
    String choice(int number, String label) {
        return bundle.getMessage("twilio.choice", new Object[]{number, label}, INDONESIAN);
    }

    String optedOut() {
        return bundle.getMessage("twilio.opted-out", null, INDONESIAN);
    }

    String optedIn() {
        return bundle.getMessage("twilio.opted-in", null, INDONESIAN);
    }
}

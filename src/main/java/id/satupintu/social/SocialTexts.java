package id.satupintu.social;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The public replies, from {@code messages-social.properties} (Indonesian; English second). */
@Component
class SocialTexts {

    static final Locale INDONESIAN = Locale.of("id");

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    SocialTexts() {
        bundle.setBasename("messages-social");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
    }

    String filed(String trackingId, String agencyName, Locale locale) {
        return bundle.getMessage("social.reply.filed", new Object[]{trackingId, agencyName}, locale);
    }

    String invitation(List<String> links, Locale locale) {
        String joined = String.join(bundle.getMessage("social.link.separator", null, locale), links);
        return bundle.getMessage("social.reply.invitation", new Object[]{joined}, locale);
    }
}

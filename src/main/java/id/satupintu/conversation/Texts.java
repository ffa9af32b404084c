package id.satupintu.conversation;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Everything the conversation says, from {@code messages-conversation.properties} (Indonesian) and
 * {@code messages-conversation_en.properties}; its own bundle, so that no other module's keys can
 * collide with it and the system locale never decides the language.
 */
@Component
class Texts {

    static final Locale INDONESIAN = Locale.of("id");

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    Texts() {
        bundle.setBasename("messages-conversation");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
    }

    String get(Locale locale, String key, Object... args) {
        return bundle.getMessage(key, args, locale);
    }

    /** "5 Desember 2026", "5 December 2026". */
    String date(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}

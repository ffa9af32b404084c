package id.satupintu.social;

import java.util.ArrayList;
import java.util.List;

/**
 * The private doors an invitation opens, each carrying the hand-off code: the Telegram bot's deep
 * link (arrives as {@code /start <code>}) and WhatsApp click-to-chat with the text
 * {@code LAPOR <code>} filled in.
 */
record DeepLinks(String telegramBot, String whatsappNumber) {

    DeepLinks {
        telegramBot = telegramBot == null || telegramBot.isBlank() ? null : MonitoredAccounts.withoutAt(telegramBot.strip());
        String digits = whatsappNumber == null ? "" : whatsappNumber.replaceAll("[^0-9]", "");
        whatsappNumber = digits.isEmpty() ? null : digits;
    }

    boolean any() {
        return telegramBot != null || whatsappNumber != null;
    }

    List<String> forCode(String code) {
        var links = new ArrayList<String>(2);
        if (telegramBot != null) {
            links.add("https://t.me/" + telegramBot + "?start=" + code);
        }
        if (whatsappNumber != null) {
            links.add("https://wa.me/" + whatsappNumber + "?text=LAPOR%20" + code);
        }
        return links;
    }
}

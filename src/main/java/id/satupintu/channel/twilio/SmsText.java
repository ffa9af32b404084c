package id.satupintu.channel.twilio;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How long an SMS is. A message written only in the GSM 7-bit alphabet travels in segments of
 * 160 characters (153 each when it needs several); one character outside it (an emoji, "á", a
 * curly quote) sends the whole message as UCS-2, in segments of 70 (67). Replies should stay
 * within two segments, so {@link #forSms} first replaces the characters that force UCS-2 where
 * nothing is lost: typographic quotes, dashes and spaces, accents the alphabet lacks, and emoji.
 */
final class SmsText {

    enum Encoding { GSM_7, UCS_2 }

    /** @param units characters in the encoding's units (an extension character counts two in GSM-7, an emoji two in UCS-2) */
    record Segments(Encoding encoding, int units, int count) {
    }

    /** The GSM 03.38 default alphabet, without the escape character. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Sent as the escape character plus one: two units each. */
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"), Map.entry('\u2032', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""), Map.entry('\u2033', "\""),
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2212', "-"), Map.entry('\u2022', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u00A0', " "), Map.entry('\u202F', " "), Map.entry('\u3000', " "),
            Map.entry('\t', " "));
    /** Zero-width characters, variation selectors and emoji joiners: nothing to see. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\uFE0E\\uFE0F]");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES_BEFORE_LINE_END = Pattern.compile(" +(?=\\n|$)");
    private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

    private SmsText() {
    }

    static Segments segments(String text) {
        if (isGsm(text)) {
            int units = 0;
            for (int i = 0; i < text.length(); i++) {
                units += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            }
            return new Segments(Encoding.GSM_7, units, count(units, 160, 153));
        }
        return new Segments(Encoding.UCS_2, text.length(), count(text.length(), 70, 67));
    }

    /** The text with the characters that would force UCS-2 replaced where that loses nothing. */
    static String forSms(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(replacement(cp)));
        String cleaned = INVISIBLE.matcher(out).replaceAll("");
        cleaned = DOUBLE_SPACES.matcher(cleaned).replaceAll(" ");
        return SPACES_BEFORE_LINE_END.matcher(cleaned).replaceAll("");
    }

    private static String replacement(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            char c = (char) codePoint;
            if (isGsm(c)) {
                return String.valueOf(c);
            }
            String replaced = REPLACEMENTS.get(c);
            if (replaced != null) {
                return replaced;
            }
            if (Character.isSpaceChar(c)) {
                return " ";
            }
            String base = COMBINING_MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            if (!base.isEmpty() && isGsm(base)) {
                return base;
            }
        }
        if (isEmoji(codePoint)) {
            return "";
        }
        return Character.toString(codePoint);
    }

    private static boolean isEmoji(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL && (codePoint >= 0x1F000 || (codePoint >= 0x2600 && codePoint <= 0x27BF));
    }

    private static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isGsm(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGsm(char c) {
        return GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0;
    }

    private static int count(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}

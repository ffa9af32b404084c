package id.satupintu.conversation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in a citizen's text: a 16-digit NIK (the national identity number), an Indonesian
 * phone number, or the name of a person other than the reporter ("Pak Budi Santoso", "bernama
 * Siti"). The conversation suggests RAHASIA when a report contains any; {@link #mask} is for
 * everything shown publicly (feeds, public replies, published reports).
 */
public final class PersonalData {

    /** What was found. */
    public enum Kind { NIK, PHONE, NAME }

    private static final Pattern NIK = Pattern.compile("(?<![\\d+])\\d{16}(?!\\d)");
    /** 08..., +628..., 628..., with spaces, dots or dashes between groups. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+62|62|0)[\\s.-]?8\\d(?:[\\s.-]?\\d){6,10}(?!\\d)");
    /** A person named after an honorific or "bernama"; roles ("Pak Kades", "Bu Lurah") are no names. */
    private static final Pattern NAME = Pattern.compile(
            "\\b(?iu:(?:bapak|pak|bpk|ibu|bu|sdr|sdri|saudara|saudari|mas|mbak|bang|kak|mr|mrs|ms)\\.?"
                    + "|bernama|namanya|atas nama|a\\.\\s?n\\.|named)\\s+"
                    + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})");
    private static final Set<String> ROLES = Set.of("kades", "lurah", "camat", "bupati", "walikota", "wali", "gubernur",
            "kepala", "guru", "dokter", "polisi", "haji", "rt", "rw", "kadus", "sekdes", "bidan", "mantri", "ustad",
            "ustadz", "kapolsek", "kapolres", "direktur", "menteri", "presiden", "dewan", "petugas", "satpam");

    private PersonalData() {
    }

    /** The kinds of personal data in {@code text}; empty when there is none. */
    public static Set<Kind> find(String text) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        if (NIK.matcher(text).find()) {
            found.add(Kind.NIK);
        }
        if (PHONE.matcher(text).find()) {
            found.add(Kind.PHONE);
        }
        if (!names(text).isEmpty()) {
            found.add(Kind.NAME);
        }
        return found;
    }

    /**
     * {@code text} with personal data hidden: a NIK and a phone number keep their first and last
     * two digits ({@code 32**********01}), a person's name keeps its initials ({@code Pak B. S.}).
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(NIK.matcher(text), PersonalData::maskDigits);
        masked = replace(PHONE.matcher(masked), PersonalData::maskDigits);
        Matcher names = NAME.matcher(masked);
        var out = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            String replacement = isRole(name) ? names.group() : names.group().substring(0, names.start(1) - names.start()) + initials(name);
            names.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        names.appendTail(out);
        return out.toString();
    }

    private static List<String> names(String text) {
        return NAME.matcher(text).results().map(m -> m.group(1)).filter(name -> !isRole(name)).toList();
    }

    private static boolean isRole(String name) {
        return ROLES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    private static String replace(Matcher matcher, UnaryOperator<String> how) {
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(how.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String maskDigits(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
    }

    private static String initials(String name) {
        var out = new StringBuilder();
        for (String part : name.split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(part.charAt(0)).append('.');
        }
        return out.toString();
    }
}

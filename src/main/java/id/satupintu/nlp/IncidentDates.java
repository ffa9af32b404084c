package id.satupintu.nlp;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an incident happened, from the Indonesian (and some English) ways of saying it, relative
 * to when the message arrived in Asia/Jakarta: "kemarin", "tadi pagi", "3 hari lalu", "sejak minggu
 * lalu", "udah 2 minggu", "tgl 12", "senin kemarin", "12/10/2026", "12 Okt", "2 minggu yang lalu".
 * Only days up to the day of the message count (an incident has happened); the earliest expression
 * in the text wins, since it tells when the trouble began. Stateless and thread-safe.
 */
public final class IncidentDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("feb", 2), Map.entry("peb", 2), Map.entry("february", 2),
            Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("agustus", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("agus", 8),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nop", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("des", 12), Map.entry("dec", 12), Map.entry("december", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("senin", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("selasa", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("rabu", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("kamis", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("jumat", DayOfWeek.FRIDAY), Map.entry("jumaat", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sabtu", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("minggu", DayOfWeek.SUNDAY), Map.entry("ahad", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("satu", 1), Map.entry("se", 1), Map.entry("a", 1), Map.entry("one", 1), Map.entry("dua", 2),
            Map.entry("two", 2), Map.entry("tiga", 3), Map.entry("three", 3), Map.entry("empat", 4), Map.entry("four", 4),
            Map.entry("lima", 5), Map.entry("five", 5), Map.entry("enam", 6), Map.entry("six", 6), Map.entry("tujuh", 7),
            Map.entry("seven", 7), Map.entry("delapan", 8), Map.entry("eight", 8), Map.entry("sembilan", 9),
            Map.entry("nine", 9), Map.entry("sepuluh", 10), Map.entry("ten", 10), Map.entry("sebelas", 11),
            Map.entry("dua belas", 12), Map.entry("dua puluh", 20), Map.entry("tiga puluh", 30));

    private static final String MONTH = "(januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr"
            + "|mei|may|juni|june|jun|juli|july|jul|agustus|august|agus|agu|agt|ags|aug|september|sept|sep|oktober|october"
            + "|okt|oct|nopember|november|nov|nop|desember|december|des|dec)";
    private static final String WEEKDAY = "(senin|selasa|rabu|kamis|jumaat|jumat|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String COUNT = "(\\d{1,3}|satu|dua puluh|tiga puluh|dua belas|dua|tiga|empat|lima|enam|tujuh"
            + "|delapan|sembilan|sepuluh|sebelas|one|two|three|four|five|six|seven|eight|nine|ten|a)";
    private static final String UNIT = "(hari|hr|hri|minggu|mgg|mg|pekan|bulan|bln|bulanan|tahun|thn|th|taun"
            + "|days?|weeks?|months?|years?)";
    private static final String AGO = "(?:yang |yg |yng )?(?:lalu|lalu2|lewat|kemarin|kmrn|kemaren|yll|ago|the past)";

    /**
     * A pattern and the date it means. The pattern is only tried where a word it can start with
     * stands ({@code starts}, or any number if {@code number}): a few look-ups per word instead of
     * every pattern scanning the whole text.
     */
    private record Rule(Set<String> starts, boolean number, Pattern pattern,
                        BiFunction<Matcher, LocalDateTime, LocalDate> date) {

        boolean mayStartAt(String word) {
            return starts.contains(word) || number && !word.isEmpty() && Character.isDigit(word.charAt(0));
        }
    }

    private static final Set<String> SINCE_WORDS = Set.of("sudah", "sdh", "udah", "udh", "uda", "dah", "sejak", "sjk",
            "selama", "slm", "slama", "hampir", "for", "since");
    private static final Set<String> ONE_UNIT = Set.of("sehari", "seminggu", "sepekan", "sebulan", "setahun");
    private static final Set<String> YESTERDAY = Set.of("kemarin", "kmrn", "kemaren", "kmaren", "kemarn", "kmarin",
            "kmren", "kmrin", "wingi", "kamari", "kapatang", "yesterday");

    private static final List<Rule> RULES = List.of(
            // 12/10/2026, 12-10-26, 12.10.2026, and 12/10 without a year
            // (not a time "jam 10.30", a neighbourhood "RT 02/05" or a number "no 3/4")
            rule(Set.of("tgl", "tanggal"), true, "\\b(?<!jam )(?<!pukul )(?<!pkl )(?<!rt )(?<!rw )(?<!no )(?:(?:tgl|tanggal) ?)?(\\d{1,2})[/.-](\\d{1,2})"
                    + "(?:[/.-](\\d{2,4}))?\\b(?![/.:]\\d)", (m, now) -> numeric(m, now)),
            // 12 Oktober 2026, tgl 3 okt, 3 Okt
            rule(Set.of("tgl", "tanggal"), true, "\\b(?:(?:tgl|tanggal) ?)?(\\d{1,2}) ?" + MONTH + "\\b(?:[ ,]+(\\d{4}))?",
                    (m, now) ->
                    dayOfMonth(now, Integer.parseInt(m.group(1)), MONTHS.get(m.group(2)), m.group(3))),
            // tgl 12, tanggal 12, sejak tgl 5
            rule(Set.of("tgl", "tanggal", "tggl", "tg", "date"), false, "\\b(?:tgl|tanggal|tggl|tg|date) ?(\\d{1,2})\\b",
                    (m, now) ->
                    dayOfMonth(now, Integer.parseInt(m.group(1)), 0, null)),
            // 3 hari lalu, 2 minggu yang lalu, sebulan yang lalu, 5 days ago
            rule(NUMBERS.keySet(), true, "\\b" + COUNT + " ?" + UNIT + " " + AGO + "\\b",
                    (m, now) -> minus(now, count(m.group(1)), m.group(2))),
            rule(ONE_UNIT, false, "\\bse(hari|minggu|pekan|bulan|tahun) " + AGO + "\\b", (m, now) -> minus(now, 1, m.group(1))),
            // sudah 3 hari, udah 2 minggu, sejak 3 hari, selama 4 hari, for 3 days
            rule(SINCE_WORDS, false, "\\b(?:sudah|sdh|udah|udh|uda|dah|sejak|sjk|selama|slm|slama|hampir|for|since) (?:hampir |lebih dari |lbh dr )?"
                    + COUNT + " ?" + UNIT + "\\b", (m, now) -> minus(now, count(m.group(1)), m.group(2))),
            rule(SINCE_WORDS, false, "\\b(?:sudah|sdh|udah|udh|uda|dah|sejak|selama|hampir) se(hari|minggu|pekan|bulan|tahun)\\b",
                    (m, now) -> minus(now, 1, m.group(1))),
            // senin kemarin, rabu lalu, hari jumat, since monday, malam minggu
            // ("minggu lalu" alone is last week, see below; "hari minggu kemarin" is a Sunday)
            rule(union(WEEKDAYS.keySet(), Set.of("hari", "malam", "mlm", "since", "on", "last")), false,
                    "\\b(hari |malam |mlm |since |on |last )?" + WEEKDAY
                    + " (?:kemarin|kmrn|kemaren|kmaren|lalu|kmrin|kmarin)\\b",
                    (m, now) -> m.group(1) == null && m.group(2).equals("minggu")
                            ? now.toLocalDate().minusWeeks(1)
                            : previous(now, WEEKDAYS.get(m.group(2)), true)),
            rule(Set.of("hari", "malam", "mlm", "since", "on", "last", "sejak", "pas", "tiap"), false,
                    "\\b(?:hari|malam|mlm|since|on|last|sejak|pas|tiap) " + WEEKDAY
                            + "\\b(?! (?:depan|besok|nanti|ini|lalu|kemarin|kmrn|kemaren|yang lalu|yg lalu))",
                    (m, now) -> previous(now, WEEKDAYS.get(m.group(1)), false)),
            // minggu lalu, pekan lalu, bulan lalu, last week, last month
            rule(Set.of("minggu", "mgg", "pekan", "last"), false,
                    "\\b(?:minggu|mgg|pekan) (?:lalu|kemarin|kmrn|kemaren|yang lalu|yg lalu)\\b|\\blast week\\b",
                    (m, now) -> now.toLocalDate().minusWeeks(1)),
            rule(Set.of("bulan", "bln", "last"), false,
                    "\\b(?:bulan|bln) (?:lalu|kemarin|kmrn|kemaren|yang lalu|yg lalu)\\b|\\blast month\\b",
                    (m, now) -> now.toLocalDate().minusMonths(1)),
            rule(Set.of("tahun", "thn", "last"), false,
                    "\\b(?:tahun|thn) (?:lalu|kemarin|kmrn|kemaren|yang lalu|yg lalu)\\b|\\blast year\\b",
                    (m, now) -> now.toLocalDate().minusYears(1)),
            // kemarin lusa / 2 days before yesterday
            rule(Set.of("kemarin", "kmrn", "kemaren", "kemarinlusa", "kmrnlusa"), false,
                    "\\b(?:kemarin|kmrn|kemaren) ?lusa\\b",
                    (m, now) -> now.toLocalDate().minusDays(2)),
            // tadi malam, semalam, last night: the evening before, unless it is evening already
            rule(Set.of("tadi", "td", "semalam", "semalem", "smlm", "last"), false,
                    "\\b(?:tadi malam|td malam|tadi mlm|td mlm|semalam|semalem|smlm|tadi malem|last night)\\b",
                    (m, now) -> now.getHour() >= 18 ? now.toLocalDate() : now.toLocalDate().minusDays(1)),
            rule(YESTERDAY, false, "\\b(?:kemarin|kmrn|kemaren|kmaren|kemarn|kmarin|kmren|kmrin|wingi|kamari|kapatang|yesterday)\\b",
                    (m, now) -> now.toLocalDate().minusDays(1)),
            rule(Set.of("hari", "hr", "tadi", "td", "barusan", "baru", "pagi", "siang", "sore", "malam", "today", "this",
                    "tonight", "just"), false, "\\b(?:hari ini|hr ini|tadi|td|barusan|baru saja|pagi ini|siang ini|sore ini|malam ini|today|this morning"
                    + "|tonight|just now)\\b", (m, now) -> now.toLocalDate()));

    private IncidentDates() {
    }

    private static Rule rule(Set<String> starts, boolean number, String regex,
                             BiFunction<Matcher, LocalDateTime, LocalDate> date) {
        return new Rule(starts, number, Pattern.compile(regex), date);
    }

    /** The day the message says the incident happened, if it says. */
    public static Optional<LocalDate> find(String text, Instant receivedAt) {
        String s = clean(text);
        LocalDateTime now = LocalDateTime.ofInstant(receivedAt, ZONE);
        for (int start = 0; start < s.length(); ) {
            int end = start;
            while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            String word = s.substring(start, end);
            for (Rule rule : RULES) {
                if (rule.mayStartAt(word)) {
                    Optional<LocalDate> date = dateAt(rule, s, start, now);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
            start = end;
            while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))) {
                start++;
            }
        }
        return Optional.empty();
    }

    /** The date a rule reads from {@code from} on, if it is a plausible day up to today. */
    private static Optional<LocalDate> dateAt(Rule rule, String s, int from, LocalDateTime now) {
        Matcher m = rule.pattern().matcher(s).region(from, s.length()).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDate date = rule.date().apply(m, now);
            return date != null && !date.isAfter(now.toLocalDate()) && date.getYear() > now.getYear() - 10
                    ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Lower case, no accents or apostrophes ("jum'at"), one space between words. */
    private static String clean(String text) {
        String s = text.chars().allMatch(c -> c < 128) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        var out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else if (c != '\'' && c != '’' && c != '`' && Character.getType(c) != Character.NON_SPACING_MARK) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            }
        }
        return out.toString();
    }

    private static LocalDate numeric(Matcher m, LocalDateTime now) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        String year = m.group(3);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return dayOfMonth(now, day, month, year);
    }

    /** A day of a month; without a year the latest one not after today; month 0: the latest such day. */
    private static LocalDate dayOfMonth(LocalDateTime now, int day, int month, String year) {
        LocalDate today = now.toLocalDate();
        if (year != null) {
            int y = Integer.parseInt(year);
            return LocalDate.of(y < 100 ? 2000 + y : y, month, day);
        }
        if (month == 0) {
            LocalDate candidate = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
            if (candidate.getDayOfMonth() != day || candidate.isAfter(today)) {
                LocalDate last = today.minusMonths(1);
                return last.withDayOfMonth(Math.min(day, last.lengthOfMonth())).getDayOfMonth() == day
                        ? last.withDayOfMonth(day) : null;
            }
            return candidate;
        }
        LocalDate candidate = LocalDate.of(today.getYear(), month, day);
        return candidate.isAfter(today) ? candidate.minusYears(1) : candidate;
    }

    private static int count(String word) {
        Integer n = NUMBERS.get(word);
        return n != null ? n : Integer.parseInt(word);
    }

    private static LocalDate minus(LocalDateTime now, int amount, String unit) {
        LocalDate today = now.toLocalDate();
        return switch (unit.charAt(0)) {
            case 'h', 'd' -> today.minusDays(amount);
            case 'm', 'p', 'w' -> unit.startsWith("mo") ? today.minusMonths(amount) : today.minusWeeks(amount);
            case 'b' -> today.minusMonths(amount);
            case 't', 'y' -> today.minusYears(amount);
            default -> null;
        };
    }

    /** The last such weekday; "senin kemarin" on a Monday means a week ago, "hari senin" today. */
    private static LocalDate previous(LocalDateTime now, DayOfWeek day, boolean strictlyBefore) {
        LocalDate today = now.toLocalDate();
        return strictlyBefore ? today.with(TemporalAdjusters.previous(day)) : today.with(TemporalAdjusters.previousOrSame(day));
    }
}

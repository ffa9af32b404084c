package id.satupintu.conversation;

import id.satupintu.complaint.Privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How citizens answer, in Indonesian (with its everyday spellings) and English: yes, skip, why,
 * the commands, a privacy level, and which language a message is written in. These are words to
 * recognise, not texts anyone reads; those live in the message bundles.
 */
final class Words {

    /** A command the citizen can give in any state. */
    enum CommandType { START, NEW, CANCEL, STATUS, HELP, LANGUAGE }

    /** @param argument the hand-off code, tracking id or language asked for; null when none */
    record Command(CommandType type, String argument) {
    }

    private static final Pattern TRACKING_ID = Pattern.compile("\\bLPR-[A-Z0-9]{4}-[A-Z0-9]{4}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern START = Pattern.compile("^/start(?:@\\w+)?(?:\\s+(\\S+))?$");
    private static final Pattern HANDOFF = Pattern.compile("^lapor(?:\\s+([2-9a-hjkmnp-z]{8}))?$");
    private static final Pattern STATUS = Pattern.compile("^/?(?:status|cek|check)(?:\\s+(lpr-[a-z0-9]{4}-[a-z0-9]{4}))?$");
    private static final Pattern LANGUAGE = Pattern.compile("^/?(?:bahasa|language|lang)(?:\\s+(\\S+))?$");

    private static final Set<String> NEW = Set.of("/mulai", "mulai", "/baru", "mulai baru", "mulai lagi", "ulang",
            "/new", "new report", "start over", "/restart");
    private static final Set<String> CANCEL = Set.of("batal", "/batal", "batalkan", "cancel", "/cancel", "btl");
    private static final Set<String> HELP = Set.of("bantuan", "/bantuan", "help", "/help", "menu", "/menu", "tolong bantu");
    private static final Set<String> YES = Set.of("ya", "y", "iya", "iy", "yes", "yup", "ok", "oke", "okay", "setuju",
            "benar", "betul", "kirim", "sudah benar", "ya kirim", "send", "correct", "sip", "lanjut kirim");
    private static final Set<String> CHANGE = Set.of("ubah", "ganti", "edit", "koreksi", "perbaiki", "change", "correct it",
            "salah", "ada yang salah");
    private static final Set<String> SKIP = Set.of("lewati", "lewat", "skip", "tidak tahu", "tidak ingat", "lupa",
            "gak tau", "ga tau", "gatau", "nggak tahu", "tdk tahu", "tidak ada", "gak ada", "ga ada", "tidak", "tdk",
            "nggak", "gak", "no", "none", "don’t know", "don't know", "dont know", "not sure", "selesai", "cukup",
            "done", "no photo", "tanpa foto", "lanjut");
    private static final Set<String> WHY = Set.of("kenapa", "mengapa", "knp", "kenapa harus", "untuk apa", "buat apa",
            "why", "why do you need this", "why is this needed", "kok ditanya");
    private static final Set<String> CONTINUE = Set.of("lanjutkan", "lanjut", "teruskan", "continue", "go on", "resume");
    private static final Set<String> FRESH = Set.of("baru", "laporan baru", "mulai baru", "new", "new report", "start new");
    private static final Set<String> ADD = Set.of("tambahkan", "tambah", "ya tambahkan", "add", "add it", "ya", "iya", "yes");

    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "was", "were", "in", "of", "to", "my", "i",
            "there", "please", "not", "with", "for", "have", "has", "it", "this", "and", "want", "report", "front",
            "near", "been", "since", "days", "street", "road", "yesterday", "our", "we", "no", "broken", "a", "an",
            "at", "on", "hello", "hi", "thanks", "thank", "you", "what", "how", "where", "when", "would", "like");
    private static final Set<String> INDONESIAN = Set.of("yang", "di", "dan", "ini", "itu", "tidak", "ada", "sudah",
            "belum", "saya", "kami", "jalan", "rusak", "ke", "dari", "dengan", "untuk", "sangat", "tolong", "mohon",
            "sekali", "pak", "bu", "min", "ga", "gak", "nggak", "udah", "dong", "kok", "sejak", "hari", "bulan",
            "kenapa", "bagaimana", "apa", "mau", "ingin", "lapor", "terima", "kasih", "depan", "dekat");

    private Words() {
    }

    /** Lower case, single spaces, without the punctuation around it: how answers are compared. */
    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    static int wordCount(String text) {
        return (int) Arrays.stream(text.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
    }

    /** A command, from what was typed or the value of a picked choice ({@code command:cancel}). */
    static Optional<Command> command(String typed, String choice) {
        if (choice != null && choice.startsWith("command:")) {
            return Optional.of(new Command(CommandType.valueOf(choice.substring(8).toUpperCase(Locale.ROOT)), null));
        }
        if (choice != null && choice.startsWith("lang:")) {
            return Optional.of(new Command(CommandType.LANGUAGE, choice.substring(5)));
        }
        if (choice != null) {
            // A button's label ("Mulai baru") answers the question it came with, whatever it reads like.
            return Optional.empty();
        }
        String w = typed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ").replaceAll("[.!?]+$", "");
        Matcher m;
        if ((m = START.matcher(w)).matches() || (m = HANDOFF.matcher(w)).matches()) {
            return Optional.of(new Command(CommandType.START, m.group(1)));
        }
        if ((m = STATUS.matcher(w)).matches()) {
            return Optional.of(new Command(CommandType.STATUS, m.group(1) == null ? null : m.group(1).toUpperCase(Locale.ROOT)));
        }
        if ((m = LANGUAGE.matcher(w)).matches()) {
            return Optional.of(new Command(CommandType.LANGUAGE, m.group(1)));
        }
        if (Set.of("english", "in english", "bahasa inggris", "indonesian", "bahasa indonesia").contains(w)) {
            return Optional.of(new Command(CommandType.LANGUAGE, w));
        }
        if (NEW.contains(w)) {
            return Optional.of(new Command(CommandType.NEW, null));
        }
        if (CANCEL.contains(w)) {
            return Optional.of(new Command(CommandType.CANCEL, null));
        }
        if (HELP.contains(w)) {
            return Optional.of(new Command(CommandType.HELP, null));
        }
        return Optional.empty();
    }

    /** "en" or "id" for a language asked for by name; empty for anything else. */
    static Optional<String> languageNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("en") || n.contains("ingg")) {
            return n.contains("indo") ? Optional.of("id") : Optional.of("en");
        }
        return n.startsWith("id") || n.contains("indo") ? Optional.of("id") : Optional.empty();
    }

    /**
     * The language a message of at least three words is clearly written in. Tracking ids are left
     * out: their letters ("LPR-X65A-A343" holds an "a") would read as English words.
     */
    static Optional<String> language(String text) {
        String[] words = normal(TRACKING_ID.matcher(text).replaceAll(" ")).split("[^\\p{L}']+");
        if (words.length < 3) {
            return Optional.empty();
        }
        long english = Arrays.stream(words).filter(ENGLISH::contains).count();
        long indonesian = Arrays.stream(words).filter(INDONESIAN::contains).count();
        if (english >= 2 && english > 2 * indonesian) {
            return Optional.of("en");
        }
        if (indonesian >= 2 && indonesian > english) {
            return Optional.of("id");
        }
        return Optional.empty();
    }

    static Optional<String> trackingId(String text) {
        Matcher m = TRACKING_ID.matcher(text);
        return m.find() ? Optional.of(m.group().toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    static boolean isYes(String w) {
        return YES.contains(w);
    }

    static boolean isChange(String w) {
        return CHANGE.contains(w);
    }

    static boolean isSkip(String w) {
        return SKIP.contains(w);
    }

    static boolean isWhy(String w) {
        return WHY.contains(w);
    }

    static boolean isContinue(String w) {
        return CONTINUE.contains(w);
    }

    static boolean isFresh(String w) {
        return FRESH.contains(w);
    }

    static boolean isAdd(String w) {
        return ADD.contains(w);
    }

    /** A privacy level named or numbered (1 biasa, 2 anonim, 3 rahasia), alone or in a short sentence. */
    static Optional<Privacy> privacy(String w) {
        if (w.matches("1|biasa|normal|regular|public|umum") || w.matches(".*\\bbiasa( saja| aja)?$")) {
            return Optional.of(Privacy.BIASA);
        }
        if (w.matches("2|.*\\banonim\\b.*|.*\\banonymous\\b.*|.*\\banonymously\\b.*")) {
            return Optional.of(Privacy.ANONIM);
        }
        if (w.matches("3|.*\\brahasia(kan)?\\b.*|.*\\bconfidential\\b.*|.*\\bsecret\\b.*")) {
            return Optional.of(Privacy.RAHASIA);
        }
        return Optional.empty();
    }
}

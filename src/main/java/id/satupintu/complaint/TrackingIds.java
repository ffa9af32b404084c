package id.satupintu.complaint;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tracking ids such as {@code LPR-7K3Q-9XW2}: 8 random symbols from an alphabet without the
 * characters that are easily confused when read aloud or copied by hand (0/O, 1/I/L, U/V), about
 * 39 bits, drawn from {@link SecureRandom} so that ids cannot be guessed from one another.
 */
final class TrackingIds {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final Pattern FORMAT = Pattern.compile("LPR-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    private final SecureRandom random = new SecureRandom();

    String next() {
        var id = new StringBuilder("LPR-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /**
     * The canonical form of an id as a person may type it ("lpr 7k3q 9xw2", "LPR7K3Q9XW2"), or
     * null when it cannot be one.
     */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (compact.length() != 11 || !compact.startsWith("LPR")) {
            return null;
        }
        String id = "LPR-" + compact.substring(3, 7) + "-" + compact.substring(7);
        return FORMAT.matcher(id).matches() ? id : null;
    }
}

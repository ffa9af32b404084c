package id.satupintu.channel;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a citizen in a channel test answers the bot until the report is filed: buttons are picked by
 * label, questions answered in words. The channel tests read the bot's messages off the provider's
 * fake and hand the latest one here; what comes back is the citizen's next move.
 */
public final class ReportingCitizen {

    public static final String NAME = "Siti Aminah";
    public static final String PLACE = "Kecamatan Pendopo";
    private static final Pattern TRACKING_ID = Pattern.compile("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}");
    /** Privacy as BIASA, summary confirmed, date and photo questions skipped. */
    private static final List<String> BUTTONS = List.of("Biasa", "Ya", "Lewati", "Tanpa foto", "Selesai");

    public sealed interface Move {
    }

    public record Type(String text) implements Move {
    }

    public record Pick(String label) implements Move {
    }

    public record Filed(String trackingId) implements Move {
    }

    private ReportingCitizen() {
    }

    /**
     * @param text   the bot's latest message
     * @param labels its buttons (or numbered options), in order
     * @return the next move, or empty when the message asks nothing (more is on its way)
     */
    public static Optional<Move> answer(String text, List<String> labels) {
        Matcher filed = TRACKING_ID.matcher(text);
        if (filed.find() && text.contains("tercatat")) {
            return Optional.of(new Filed(filed.group()));
        }
        if (text.contains("nama Anda?")) {
            return Optional.of(new Type(NAME));
        }
        if (text.contains("lokasinya?") || text.contains("kabupaten/kota mana")) {
            return Optional.of(new Type(PLACE));
        }
        Optional<Move> button = BUTTONS.stream().filter(labels::contains).findFirst().map(Pick::new);
        if (button.isPresent()) {
            return button;
        }
        if (text.contains("kategori") && !labels.isEmpty()) {
            return Optional.of(new Pick(labels.getFirst()));
        }
        return Optional.empty();
    }
}

package id.satupintu.channel;

import java.util.regex.Pattern;

/**
 * An exception as the log may show it. A handler's or a provider client's exception can quote what
 * it was given (a database error's "Failing row contains (...)" detail, a phone number or chat id
 * in an error text), and logs must hold no personal data: only the first line of the message is
 * kept, with every run of digits long enough to be a number or an id masked.
 */
final class Redacted {

    private static final Pattern NUMBERS = Pattern.compile("\\+?\\d[\\d\\s-]{4,}\\d");

    private Redacted() {
    }

    static String of(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getName() + (message.isEmpty() ? "" : ": " + NUMBERS.matcher(message).replaceAll("[number]"));
    }
}

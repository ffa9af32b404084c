package id.satupintu.channel.twilio;

import id.satupintu.channel.ReportingCitizen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * One phone answering the bot as {@link ReportingCitizen} does, over signed Twilio webhooks, reading
 * the replies off {@link FakeTwilio}'s Messages API and answering numbered options with their number.
 */
public final class SmsCitizen {

    /** How the SMS and WhatsApp channel renders a choice (messages-twilio.properties). */
    private static final Pattern OPTION = Pattern.compile("(?m)^Balas (\\d+) untuk (.+)$");

    private final int port;
    private final String to;
    private final Function<String, TwilioWebhook> message;
    private final FakeTwilio twilio = FakeTwilio.instance();
    private final List<String> said = new ArrayList<>();
    private int read;

    /**
     * @param to      the recipient our replies are addressed to ({@code +62...} or {@code whatsapp:+62...})
     * @param message the webhook that carries a text the citizen types
     */
    public SmsCitizen(int port, String to, Function<String, TwilioWebhook> message) {
        this.port = port;
        this.to = to;
        this.message = message;
    }

    /** A citizen texting by plain SMS from {@code number}. */
    public static SmsCitizen sms(int port, String number) {
        return new SmsCitizen(port, number, text -> TwilioWebhook.sms(number, text));
    }

    public String fileReport(String firstText) {
        return fileReport(message.apply(firstText));
    }

    public String fileReport(TwilioWebhook first) {
        send(first);
        for (int moves = 0; moves < 12; moves++) {
            String body = nextReply();
            List<String> labels = new ArrayList<>();
            Matcher option = OPTION.matcher(body);
            while (option.find()) {
                labels.add(option.group(2).strip());
            }
            Optional<ReportingCitizen.Move> move = ReportingCitizen.answer(body, labels);
            if (move.isEmpty()) {
                continue;
            }
            switch (move.get()) {
                case ReportingCitizen.Filed filed -> {
                    return filed.trackingId();
                }
                case ReportingCitizen.Type type -> say(type.text());
                case ReportingCitizen.Pick pick -> send(message.apply(String.valueOf(labels.indexOf(pick.label()) + 1)));
            }
        }
        return fail("no tracking id after 12 moves; the bot said: " + twilio.messagesTo(to));
    }

    /** Types a text; the bot answers later ({@link #nextReply}). */
    public void say(String text) {
        said.add(text);
        send(message.apply(text));
    }

    /** What the citizen typed, in order (the first message and picked options not included). */
    public List<String> said() {
        return said;
    }

    /** The bot's next message not read yet, waited for. */
    public String nextReply() {
        await().atMost(Duration.ofSeconds(30)).until(() -> twilio.messagesTo(to).size() > read);
        Map<String, String> reply = twilio.messagesTo(to).get(read++);
        return reply.get("Body");
    }

    private void send(TwilioWebhook webhook) {
        assertThat(webhook.post(port).status()).isEqualTo(200);
    }
}

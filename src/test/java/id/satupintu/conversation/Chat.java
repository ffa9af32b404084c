package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Coordinates;

import java.util.List;

/**
 * A citizen's side of a scripted dialogue over one channel: what each kind of turn sends there, and
 * the bot's answer to it as the citizen sees it. {@link DialogueRun} plays the same dialogues over
 * every channel through this.
 */
interface Chat {

    /** One bot message: its text and the choices it offers. */
    record Reply(String text, List<String> choices) {
    }

    /** {@code status}: of the response that carried the answer (over SMS, of the citizen's last webhook). */
    record Answer(int status, List<Reply> replies) {

        String text() {
            return String.join("\n", replies.stream().map(Reply::text).toList());
        }

        List<String> lastChoices() {
            return replies.isEmpty() ? List.of() : replies.getLast().choices();
        }
    }

    /** Where the conversation engine sees this citizen. */
    Address address();

    /** A typed message; {@code id} is the message's own id when the dialogue gives one, else null. */
    Answer say(String text, String id);

    /** The choice with this label among those the last reply offered. */
    Answer choose(String label);

    /** Several messages in quick succession, answered as one batch. */
    Answer burst(List<String> texts);

    /** A shared location. */
    Answer pin(Coordinates at);

    /** Replies that come later through the outbox, unasked: a status notification. */
    Answer later();

    /** From here on a second instance on the same database answers. */
    void moveToSecondInstance();
}

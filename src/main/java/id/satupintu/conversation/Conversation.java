package id.satupintu.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.Locale;

/**
 * Where one citizen's dialogue stands: the question waiting for an answer, the report being
 * drafted, the citizen's language, and what was offered (an addition to an open report, going on
 * with an old draft). Stored as JSON in {@code conversation.state}; mutable while one batch is
 * handled, under the address's lock.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
class Conversation {

    /** What the last reply asked for. The slots of a report come first, in the order they are asked. */
    enum Step {
        IDLE, DESCRIPTION, LOCATION, DATE, CATEGORY, PRIVACY, NAME, PHOTOS, CONFIRM, CHANGE_FIELD, ADDITION, RESUME;

        boolean isSlot() {
            return compareTo(DESCRIPTION) >= 0 && compareTo(PHOTOS) <= 0;
        }
    }

    Step step = Step.IDLE;
    /** Unusable answers to the current question in a row. */
    int failures;
    String language = "id";
    /** The citizen asked for a language: it is no longer guessed from what they write. */
    boolean languageChosen;
    Draft draft;
    /** ADDITION: the report offered to add to, and the text that would be added. RESUME: the message that woke the old draft. */
    String offeredTrackingId;
    String pendingText;
    /** RESUME: the step to go back to. */
    Step resumeStep;

    @JsonIgnore
    Long id;
    @JsonIgnore
    Instant lastActivity;
    /** Messages handled so far, counted here rather than in SQL: two batches handled at once would lose one. */
    @JsonIgnore
    long handledMessages;

    @JsonIgnore
    Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Texts.INDONESIAN;
    }

    void ask(Step next) {
        if (next != step) {
            failures = 0;
        }
        step = next;
    }

    void startDraft(Instant now) {
        draft = new Draft(now);
        offeredTrackingId = null;
        pendingText = null;
        resumeStep = null;
        failures = 0;
    }

    void clear() {
        draft = null;
        step = Step.IDLE;
        failures = 0;
        offeredTrackingId = null;
        pendingText = null;
        resumeStep = null;
    }

    boolean isDrafting() {
        return draft != null && step != Step.IDLE;
    }
}

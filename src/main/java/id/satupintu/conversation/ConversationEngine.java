package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Handoffs;
import id.satupintu.channel.InboundHandler;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.TransitionRefusedException;
import id.satupintu.conversation.Conversation.Step;
import id.satupintu.conversation.ConversationMetrics.Outcome;
import id.satupintu.conversation.Words.Command;
import id.satupintu.nlp.Classification;
import id.satupintu.nlp.IncidentDates;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The conversation engine: reads each batch of a citizen's messages as one, answers commands in
 * any state, and otherwise lets the report dialogue go on where it stands. Runs inside the inbox's
 * transaction under the address's lock, so the conversation row it loads and saves is never
 * changed by anyone else meanwhile, on any instance.
 */
@Component
class ConversationEngine implements InboundHandler {

    /** A draft left alone this long is not simply continued: the citizen is asked. */
    static final Duration SILENCE = Duration.ofHours(24);
    private static final int EXCERPT = 80;

    private final ConversationStore store;
    private final ReportDialogue report;
    private final Complaints complaints;
    private final Handoffs handoffs;
    private final Texts texts;
    private final ConversationMetrics metrics;

    ConversationEngine(ConversationStore store, ReportDialogue report, Complaints complaints, Handoffs handoffs, Texts texts,
                       ConversationMetrics metrics) {
        this.store = store;
        this.report = report;
        this.complaints = complaints;
        this.handoffs = handoffs;
        this.texts = texts;
        this.metrics = metrics;
    }

    @Override
    public List<OutboundMessage> handle(Address from, List<InboundMessage> messages) {
        Instant now = Instant.now();
        Conversation c = store.open(from, now);
        Turn turn = new Turn(from, c, messages, texts);
        respond(turn);
        c.handledMessages += messages.size();
        store.save(c, now);
        return turn.replies();
    }

    @Override
    public List<OutboundMessage> slowedDown(Address from) {
        return List.of(OutboundMessage.reply(from, texts.get(store.locale(from), "flood.slowed"), List.of()));
    }

    private void respond(Turn turn) {
        Conversation c = turn.conversation;
        if (!c.languageChosen && turn.hasText()) {
            Words.language(turn.text).ifPresent(language -> c.language = language);
        }
        Optional<Command> command = Words.command(turn.text, turn.choice);
        if (command.isPresent() && command(turn, command.get())) {
            return;
        }
        if (c.isDrafting() && c.step != Step.RESUME && c.lastActivity.plus(SILENCE).isBefore(turn.receivedAt)) {
            offerResume(turn);
            return;
        }
        if (c.isDrafting()) {
            report.keepAttachments(turn);
        }
        if (turn.choice == null && Words.isWhy(turn.words)) {
            turn.say(c.step == Step.IDLE ? "why.idle" : "why." + ReportDialogue.key(c.step));
            reAsk(turn);
            return;
        }
        switch (c.step) {
            case IDLE -> first(turn);
            case CONFIRM -> report.confirm(turn);
            case CHANGE_FIELD -> report.changeField(turn);
            case ADDITION -> addition(turn);
            case RESUME -> resume(turn);
            default -> report.answer(turn);
        }
    }

    // ---- a first message ------------------------------------------------------------------------

    private void first(Turn turn) {
        if (!turn.hasText()) {
            if (turn.coordinates != null || !turn.attachments.isEmpty()) {
                report.start(turn, "", report.classify(turn, ""), null);
            } else {
                turn.say("welcome");
            }
            return;
        }
        Classification reading = report.classify(turn, turn.text);
        if (!reading.isReport()) {
            metrics.ended(Outcome.NOT_A_REPORT);
            turn.say("not-a-report");
            return;
        }
        Optional<ComplaintView> open = complaints.findForReporter(turn.reporter()).stream()
                .filter(v -> !v.status().isClosed()).findFirst();
        if (open.isPresent()) {
            Conversation c = turn.conversation;
            c.offeredTrackingId = open.get().trackingId();
            c.pendingText = turn.text;
            c.ask(Step.ADDITION);
            offerAddition(turn);
            return;
        }
        report.start(turn, turn.text, reading, null);
    }

    private void offerAddition(Turn turn) {
        Conversation c = turn.conversation;
        turn.sayWith(List.of(turn.choice("addition:add", "choice.add", c.offeredTrackingId),
                        turn.choice("addition:new", "choice.new-report")),
                "addition.offer", c.offeredTrackingId, excerpt(c.pendingText));
    }

    private void addition(Turn turn) {
        Conversation c = turn.conversation;
        String trackingId = c.offeredTrackingId;
        String text = c.pendingText;
        if ("addition:add".equals(turn.choice) || turn.choice == null && Words.isAdd(turn.words)) {
            try {
                complaints.addInformation(trackingId, turn.reporter(), text, List.of());
                c.clear();
                metrics.ended(Outcome.ADDED);
                turn.say("addition.done", trackingId);
            } catch (TransitionRefusedException closedMeanwhile) {
                c.clear();
                turn.say("addition.closed", trackingId);
                report.start(turn, text, report.classify(turn, text), null);
            }
        } else if ("addition:new".equals(turn.choice) || turn.choice == null && Words.isFresh(turn.words)) {
            c.clear();
            report.start(turn, text, report.classify(turn, text), null);
        } else {
            c.failures++;
            turn.say("retry.addition");
            offerAddition(turn);
        }
    }

    // ---- a draft left for a day ---------------------------------------------------------------

    private void offerResume(Turn turn) {
        Conversation c = turn.conversation;
        c.resumeStep = c.step;
        c.pendingText = turn.hasText() ? turn.text : null;
        c.ask(Step.RESUME);
        askResume(turn);
    }

    private void askResume(Turn turn) {
        turn.sayWith(List.of(turn.choice("resume:continue", "choice.continue"), turn.choice("resume:new", "choice.start-new")),
                "resume.offer", excerpt(turn.conversation.draft.description));
    }

    private void resume(Turn turn) {
        Conversation c = turn.conversation;
        if ("resume:continue".equals(turn.choice) || turn.choice == null && Words.isContinue(turn.words)) {
            c.ask(c.resumeStep);
            c.resumeStep = null;
            c.pendingText = null;
            turn.say("resume.continue");
            reAsk(turn);
        } else if ("resume:new".equals(turn.choice) || turn.choice == null && Words.isFresh(turn.words)) {
            String waiting = c.pendingText;
            dropDraft(c, Outcome.ABANDONED);
            if (waiting == null || Words.command(waiting, null).isPresent()) {
                turn.say("new-report");
            } else {
                turn.retype(waiting);
                first(turn);
            }
        } else {
            c.failures++;
            askResume(turn);
        }
    }

    // ---- commands -----------------------------------------------------------------------------

    /** @return false when the words only looked like a command and are to be read as an answer */
    private boolean command(Turn turn, Command command) {
        Conversation c = turn.conversation;
        switch (command.type()) {
            case START -> {
                return start(turn, command.argument());
            }
            case NEW -> {
                dropDraft(c, Outcome.ABANDONED);
                turn.say("new-report");
            }
            case CANCEL -> {
                boolean any = c.step != Step.IDLE;
                dropDraft(c, Outcome.CANCELLED);
                turn.say(any ? "cancelled" : "cancelled.nothing");
            }
            case STATUS -> {
                status(turn, command.argument());
                reAsk(turn);
            }
            case HELP -> {
                turn.say("help");
                reAsk(turn);
            }
            case LANGUAGE -> {
                Optional<String> language = Words.languageNamed(command.argument());
                if (language.isEmpty()) {
                    turn.sayWith(List.of(turn.choice("lang:id", "choice.indonesian"), turn.choice("lang:en", "choice.english")),
                            "language.which");
                } else {
                    c.language = language.get();
                    c.languageChosen = true;
                    turn.say("language.set");
                    reAsk(turn);
                }
            }
        }
        return true;
    }

    private boolean start(Turn turn, String code) {
        Conversation c = turn.conversation;
        if (code == null) {
            if (c.isDrafting()) {
                turn.say("welcome.back");
                reAsk(turn);
            } else {
                turn.say("welcome");
            }
            return true;
        }
        Optional<Handoffs.Handoff> handoff = handoffs.claim(code, turn.from);
        if (handoff.isEmpty()) {
            if (code.chars().noneMatch(Character::isDigit) && !turn.words.startsWith("/")) {
                // "lapor sekarang" is a sentence, not a hand-off code.
                return false;
            }
            turn.say("handoff.unknown");
            turn.say("welcome");
            return true;
        }
        dropDraft(c, Outcome.ABANDONED);
        String text = handoff.get().text();
        turn.say("handoff.welcome", turn.text("channel." + handoff.get().origin().code()), excerpt(text));
        turn.retype(text);
        report.start(turn, text, report.classify(turn, text), handoff.get());
        return true;
    }

    /** @param outcome what dropping the draft means, counted when there was one */
    private void dropDraft(Conversation c, Outcome outcome) {
        if (c.isDrafting()) {
            metrics.ended(outcome);
        }
        c.clear();
        store.dropAttachmentsExcept(c.id, null);
    }

    /** The citizen's own reports: all of them, or the one named. Others' reports are never shown. */
    private void status(Turn turn, String trackingId) {
        List<ComplaintView> own = complaints.findForReporter(turn.reporter());
        if (trackingId != null) {
            own.stream().filter(v -> v.trackingId().equals(trackingId)).findFirst().ifPresentOrElse(
                    v -> turn.say("status.one", v.trackingId(), turn.text("status." + v.status()),
                            ReportDialogue.categoryName(turn, v.category()), updated(turn, v)),
                    () -> turn.say("status.unknown", trackingId));
            return;
        }
        if (own.isEmpty()) {
            turn.say("status.none");
            return;
        }
        String lines = String.join("\n", own.stream().limit(5)
                .map(v -> turn.text("status.line", v.trackingId(), turn.text("status." + v.status()), updated(turn, v)))
                .toList());
        turn.say("status.list", own.size(), lines);
    }

    private static String updated(Turn turn, ComplaintView v) {
        return turn.date(LocalDate.ofInstant(v.updatedAt(), IncidentDates.ZONE));
    }

    /** After a command or an explanation: the question the dialogue waits on, again. */
    private void reAsk(Turn turn) {
        Conversation c = turn.conversation;
        switch (c.step) {
            case IDLE -> { }
            case CONFIRM -> report.summary(turn);
            case CHANGE_FIELD -> report.askField(turn);
            case ADDITION -> offerAddition(turn);
            case RESUME -> askResume(turn);
            default -> report.ask(turn, c.step);
        }
    }

    private static String excerpt(String text) {
        String masked = PersonalData.mask(text == null ? "" : text.strip().replaceAll("\\s+", " "));
        return masked.length() <= EXCERPT ? masked : masked.substring(0, EXCERPT - 1) + "…";
    }
}

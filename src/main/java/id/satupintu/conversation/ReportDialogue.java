package id.satupintu.conversation;

import id.satupintu.channel.Channel;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Handoffs;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.FiledComplaint;
import id.satupintu.complaint.NewComplaint;
import id.satupintu.complaint.Privacy;
import id.satupintu.conversation.Conversation.Step;
import id.satupintu.nlp.Classification;
import id.satupintu.nlp.Classifier;
import id.satupintu.nlp.IncidentDates;
import id.satupintu.nlp.Prediction;
import id.satupintu.region.Region;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of a report, asked only while their answer is missing, in this order: a clear
 * description, the place, the day (once, may be skipped), the category when the classifier is
 * unsure, privacy, the reporter's name unless anonymous, photos; then the summary with YA / UBAH /
 * BATAL, corrections, and filing.
 */
@Component
class ReportDialogue {

    private static final Logger log = LoggerFactory.getLogger(ReportDialogue.class);

    /** Fewer words than this do not tell an agency what to act on. */
    static final int MIN_DESCRIPTION_WORDS = 5;
    /** Unusable answers to one question before the citizen is told why it matters and may skip it. */
    static final int MAX_FAILURES = 3;
    /** Channels that carry no photos (SMS is text only in Indonesia): the question is not put there. */
    private static final Set<Channel> WITHOUT_PHOTOS = EnumSet.of(Channel.WEB, Channel.SMS);
    private static final Set<Step> ALWAYS_SKIPPABLE = EnumSet.of(Step.DATE, Step.PHOTOS);
    private static final Pattern OWN_NAME = Pattern.compile(
            "(?:nama(?:\\s+saya|\\s+pelapor)?(?:\\s+adalah|\\s*:)?|my name is|name:?)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_WORDS = Pattern.compile(
            "\\b(lokasi|lokasinya|tempat|tempatnya|alamat|location|place|address)\\b");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(tanggal|tanggalnya|tgl|waktu|kejadian|kejadiannya|date|happened|when)\\b");

    private final Classifier classifier;
    private final Places places;
    private final Complaints complaints;
    private final ConversationStore store;
    private final ConversationMetrics metrics;

    ReportDialogue(Classifier classifier, Places places, Complaints complaints, ConversationStore store,
                   ConversationMetrics metrics) {
        this.classifier = classifier;
        this.places = places;
        this.complaints = complaints;
        this.store = store;
        this.metrics = metrics;
    }

    Classification classify(Turn turn, String text) {
        return metrics.classifying(() -> classifier.classify(text, turn.from.channel(), turn.receivedAt));
    }

    // ---- starting and going on -----------------------------------------------------------------

    /**
     * Starts a draft from the citizen's first words and asks what is missing.
     *
     * @param handoff the public post the words come from, or null
     */
    void start(Turn turn, String text, Classification reading, Handoffs.Handoff handoff) {
        Conversation c = turn.conversation;
        c.startDraft(turn.receivedAt);
        Draft d = c.draft;
        d.description = text.strip();
        if (handoff != null) {
            d.handoffOrigin = handoff.origin().code();
            d.agencyHint = handoff.agencyHint();
        }
        read(d, reading);
        d.agencyHintRegion().flatMap(places::byCode).filter(r -> d.regionCode == null)
                .ifPresent(region -> setRegion(d, region, region.name()));
        keepAttachments(turn);
        if (turn.coordinates != null) {
            d.latitude = turn.coordinates.latitude();
            d.longitude = turn.coordinates.longitude();
        }
        if (d.has(Step.CATEGORY) && !text.isBlank()) {
            turn.say("report.understood", kindName(turn, d.kind), categoryName(turn, d.category));
        } else {
            turn.say("report.start");
        }
        next(turn);
    }

    /** Takes what the classifier read in the description, without overriding the citizen's own answers. */
    void read(Draft d, Classification reading) {
        if (reading.isReport()) {
            d.kind = reading.kind().label();
        } else if (d.kind == null) {
            d.kind = Kind.PENGADUAN;
        }
        if (!d.categoryChosen) {
            d.suggestedCategory = reading.category().label();
            d.suggestedAgencyType = reading.agencyType().label();
            d.suggestionConfidence = reading.category().confidence();
            d.category = reading.category().label();
            d.categoryConfident = reading.categoryConfident() && reading.category().label() != Category.LAINNYA;
            d.agencyType = d.agencyHintType().filter(t -> !d.categoryConfident).orElse(reading.agencyType().label());
            d.alternatives = reading.categoryAlternatives().stream().map(Prediction::label)
                    .filter(category -> category != Category.LAINNYA).limit(3).toList();
        }
        if (d.regionCode == null) {
            reading.region().ifPresent(match -> setRegion(d, match.mostSpecific(), match.matchedText()));
        }
        if (d.incidentDate == null) {
            reading.incidentDate().ifPresent(date -> d.incidentDate = date);
        }
        d.personalData.addAll(PersonalData.find(d.description));
    }

    private void setRegion(Draft d, Region region, String placeText) {
        d.regionCode = region.code();
        d.regionName = null;
        d.placeText = placeText.strip();
    }

    void keepAttachments(Turn turn) {
        Draft d = turn.conversation.draft;
        if (d != null && !turn.attachments.isEmpty()) {
            store.addAttachments(turn.conversation.id, d.id, turn.attachments);
            d.photos += turn.attachments.size();
        }
    }

    /** Asks the first question whose answer is missing, or shows the summary. */
    void next(Turn turn) {
        Draft d = turn.conversation.draft;
        d.editing = false;
        for (Step slot : List.of(Step.DESCRIPTION, Step.LOCATION, Step.DATE, Step.CATEGORY, Step.PRIVACY, Step.NAME, Step.PHOTOS)) {
            if (!answered(turn, d, slot)) {
                ask(turn, slot);
                return;
            }
        }
        summary(turn);
    }

    private boolean answered(Turn turn, Draft d, Step slot) {
        return switch (slot) {
            case DESCRIPTION -> d.has(slot) || Words.wordCount(d.description) >= MIN_DESCRIPTION_WORDS;
            case PHOTOS -> d.has(slot) || d.photos > 0 || WITHOUT_PHOTOS.contains(turn.from.channel());
            default -> d.has(slot);
        };
    }

    /** Puts the question of a slot (again), with its choices. */
    void ask(Turn turn, Step slot) {
        Conversation c = turn.conversation;
        Draft d = c.draft;
        c.ask(slot);
        switch (slot) {
            case DESCRIPTION -> turn.say(d.description.isBlank() ? "question.description.first" : "question.description");
            case LOCATION -> turn.say(d.latitude != null ? "question.location.after-pin" : "question.location");
            case DATE -> turn.sayWith(List.of(skip(turn)), "question.date");
            case CATEGORY -> turn.sayWith(categoryChoices(turn, d), "question.category");
            case PRIVACY -> {
                if (!d.personalData.isEmpty()) {
                    turn.say("hint.personal-data", personalDataNames(turn, d.personalData));
                }
                turn.sayWith(List.of(turn.choice("privacy:BIASA", "privacy.BIASA"), turn.choice("privacy:ANONIM", "privacy.ANONIM"),
                        turn.choice("privacy:RAHASIA", "privacy.RAHASIA")), "question.privacy");
            }
            case NAME -> turn.sayWith(turn.senderName == null ? List.of() : List.of(new Choice("name:sender", turn.senderName)),
                    "question.name");
            case PHOTOS -> turn.sayWith(List.of(turn.choice("skip", "choice.no-photo")), "question.photos");
            default -> throw new IllegalArgumentException("Not a slot: " + slot);
        }
    }

    private List<Choice> categoryChoices(Turn turn, Draft d) {
        List<Choice> choices = new ArrayList<>();
        d.alternatives.forEach(category -> choices.add(new Choice("category:" + category, categoryName(turn, category))));
        choices.add(new Choice("category:" + Category.LAINNYA, categoryName(turn, Category.LAINNYA)));
        return choices;
    }

    private static Choice skip(Turn turn) {
        return turn.choice("skip", "choice.skip");
    }

    // ---- answers -------------------------------------------------------------------------------

    /** The citizen's answer to the slot question the conversation waits on. */
    void answer(Turn turn) {
        Conversation c = turn.conversation;
        Step slot = c.step;
        boolean skipping = "skip".equals(turn.choice) || turn.choice == null && Words.isSkip(turn.words);
        if (skipping && slot != Step.PRIVACY && (ALWAYS_SKIPPABLE.contains(slot) || c.failures >= MAX_FAILURES)) {
            c.draft.settled.add(slot);
            next(turn);
            return;
        }
        if (skipping && slot == Step.PRIVACY && c.failures >= MAX_FAILURES) {
            c.draft.privacy = Privacy.BIASA;
            next(turn);
            return;
        }
        boolean usable = switch (slot) {
            case DESCRIPTION -> description(turn);
            case LOCATION -> location(turn);
            case DATE -> date(turn);
            case CATEGORY -> category(turn);
            case PRIVACY -> privacy(turn);
            case NAME -> name(turn);
            case PHOTOS -> photos(turn);
            default -> throw new IllegalStateException("Not a slot: " + slot);
        };
        if (!usable) {
            unusable(turn, "retry." + key(slot));
        }
    }

    /** An answer that did not do: say why; the third time in a row, explain the question and offer to skip or cancel. */
    void unusable(Turn turn, String reasonKey, Object... args) {
        Conversation c = turn.conversation;
        c.failures++;
        if (c.failures >= MAX_FAILURES) {
            turn.say("why." + key(c.step));
            turn.sayWith(List.of(skip(turn), turn.choice("command:cancel", "choice.cancel")), "stuck");
            return;
        }
        turn.say(reasonKey, args);
        ask(turn, c.step);
    }

    private boolean description(Turn turn) {
        Draft d = turn.conversation.draft;
        if (!turn.hasText()) {
            return false;
        }
        boolean replacing = d.editing;
        d.description = replacing || d.description.isBlank() ? turn.text : d.description + "\n" + turn.text;
        if (replacing) {
            d.personalData.clear();
        }
        read(d, classify(turn, d.description));
        if (Words.wordCount(d.description) < MIN_DESCRIPTION_WORDS) {
            return false;
        }
        d.settled.add(Step.DESCRIPTION);
        next(turn);
        return true;
    }

    private boolean location(Turn turn) {
        Draft d = turn.conversation.draft;
        if (turn.choice != null && turn.choice.startsWith("region:")) {
            Optional<Region> picked = places.byCode(turn.choice.substring(7));
            if (picked.isPresent()) {
                setRegion(d, picked.get(), picked.get().name());
                next(turn);
                return true;
            }
        }
        if (turn.coordinates != null) {
            d.latitude = turn.coordinates.latitude();
            d.longitude = turn.coordinates.longitude();
            if (!turn.hasText()) {
                ask(turn, Step.LOCATION);
                return true;
            }
        }
        if (!turn.hasText()) {
            return false;
        }
        switch (places.read(turn.text)) {
            case Places.Reading.Found found -> {
                setRegion(d, found.region(), turn.text);
                next(turn);
                return true;
            }
            case Places.Reading.Province province -> {
                unusable(turn, "retry.location.province", province.province().name());
                return true;
            }
            case Places.Reading.OneOf oneOf -> {
                turn.sayWith(oneOf.candidates().stream().map(r -> new Choice("region:" + r.code(), places.describe(r, turn))).toList(),
                        "question.location.which");
                return true;
            }
            case Places.Reading.Nothing nothing -> {
                return false;
            }
        }
    }

    private boolean date(Turn turn) {
        Draft d = turn.conversation.draft;
        Optional<LocalDate> date = turn.hasText() ? IncidentDates.find(turn.text, turn.receivedAt) : Optional.empty();
        if (date.isEmpty() || date.get().isAfter(LocalDate.ofInstant(turn.receivedAt, IncidentDates.ZONE))) {
            return false;
        }
        d.incidentDate = date.get();
        d.settled.add(Step.DATE);
        next(turn);
        return true;
    }

    private boolean category(Turn turn) {
        Optional<Category> chosen = chosenCategory(turn);
        if (chosen.isEmpty()) {
            return false;
        }
        choose(turn.conversation.draft, chosen.get());
        next(turn);
        return true;
    }

    private Optional<Category> chosenCategory(Turn turn) {
        if (turn.choice != null && turn.choice.startsWith("category:")) {
            return Arrays.stream(Category.values()).filter(c -> c.name().equals(turn.choice.substring(9))).findFirst();
        }
        if (!turn.hasText()) {
            return Optional.empty();
        }
        List<Category> offered = new ArrayList<>(turn.conversation.draft.alternatives);
        offered.add(Category.LAINNYA);
        if (turn.words.matches("\\d")) {
            int n = Integer.parseInt(turn.words);
            return n >= 1 && n <= offered.size() ? Optional.of(offered.get(n - 1)) : Optional.empty();
        }
        return namedCategory(turn, turn.words).or(() -> {
            Classification reading = classify(turn, turn.text);
            return reading.categoryConfident() ? Optional.of(reading.category().label()) : Optional.empty();
        });
    }

    private Optional<Category> namedCategory(Turn turn, String words) {
        return Arrays.stream(Category.values())
                .filter(c -> {
                    String name = categoryName(turn, c).toLowerCase(Locale.ROOT);
                    return words.equals(name) || words.equals(c.name().toLowerCase(Locale.ROOT))
                            || name.length() > 4 && words.contains(name) || words.length() > 4 && name.contains(words);
                })
                .findFirst();
    }

    private static void choose(Draft d, Category category) {
        d.category = category;
        d.categoryChosen = true;
        d.agencyType = d.agencyHintType().orElse(category.defaultAgencyType());
    }

    private boolean privacy(Turn turn) {
        Optional<Privacy> privacy = turn.choice != null && turn.choice.startsWith("privacy:")
                ? Optional.of(Privacy.valueOf(turn.choice.substring(8)))
                : Words.privacy(turn.words);
        if (privacy.isEmpty()) {
            return false;
        }
        setPrivacy(turn.conversation.draft, privacy.get());
        next(turn);
        return true;
    }

    private static void setPrivacy(Draft d, Privacy privacy) {
        d.privacy = privacy;
        if (privacy == Privacy.ANONIM) {
            d.name = null;
            d.settled.remove(Step.NAME);
        }
    }

    private boolean name(Turn turn) {
        Draft d = turn.conversation.draft;
        String name = "name:sender".equals(turn.choice) ? turn.senderName : turn.hasText() ? ownName(turn.text) : null;
        if (name == null || !isName(name)) {
            return false;
        }
        d.name = name;
        next(turn);
        return true;
    }

    private static String ownName(String text) {
        Matcher m = OWN_NAME.matcher(text.strip());
        return (m.matches() ? m.group(1) : text).strip();
    }

    private static boolean isName(String name) {
        return name.length() <= 80 && name.codePoints().filter(Character::isLetter).count() >= 2
                && name.chars().noneMatch(Character::isDigit) && Words.wordCount(name) <= 6;
    }

    private boolean photos(Turn turn) {
        if (!turn.attachments.isEmpty()) {
            turn.sayWith(List.of(turn.choice("skip", "choice.photos-done")), "photos.received", turn.conversation.draft.photos);
            return true;
        }
        turn.conversation.draft.settled.add(Step.PHOTOS);
        next(turn);
        return true;
    }

    // ---- the summary ---------------------------------------------------------------------------

    void summary(Turn turn) {
        Conversation c = turn.conversation;
        Draft d = c.draft;
        c.ask(Step.CONFIRM);
        String none = turn.text("summary.none");
        String place = d.regionCode == null ? none : placeName(turn, d);
        turn.sayWith(List.of(turn.choice("confirm:yes", "choice.yes"), turn.choice("confirm:change", "choice.change"),
                        turn.choice("command:cancel", "choice.cancel")),
                "summary", kindName(turn, d.kind), categoryName(turn, d.category), PersonalData.mask(d.description), place,
                d.incidentDate == null ? none : turn.date(d.incidentDate),
                turn.text("privacy." + d.privacy), d.privacy == Privacy.ANONIM ? turn.text("summary.anonymous")
                        : d.name == null ? none : d.name,
                d.photos, d.latitude == null ? 0 : 1);
    }

    private String placeName(Turn turn, Draft d) {
        String region = places.byCode(d.regionCode).map(r -> places.describe(r, turn)).orElse(d.regionCode);
        return d.placeText == null || region.toLowerCase(Locale.ROOT).contains(d.placeText.toLowerCase(Locale.ROOT))
                ? region : d.placeText + " (" + region + ")";
    }

    /** YA files, UBAH asks which field, a sentence may correct a field directly. */
    void confirm(Turn turn) {
        if ("confirm:yes".equals(turn.choice) || turn.choice == null && Words.isYes(turn.words)) {
            file(turn);
        } else if ("confirm:change".equals(turn.choice) || turn.choice == null && Words.isChange(turn.words)) {
            askField(turn);
        } else if (turn.hasText() && correct(turn)) {
            summary(turn);
        } else {
            unusable(turn, "retry.confirm");
        }
    }

    void askField(Turn turn) {
        turn.conversation.ask(Step.CHANGE_FIELD);
        List<Choice> fields = new ArrayList<>();
        for (Step slot : List.of(Step.DESCRIPTION, Step.LOCATION, Step.DATE, Step.CATEGORY, Step.PRIVACY, Step.NAME)) {
            fields.add(turn.choice("field:" + slot, "field." + key(slot)));
        }
        turn.sayWith(fields, "question.field");
    }

    /** The field picked after UBAH: its question again, then back to the summary. */
    void changeField(Turn turn) {
        Optional<Step> field = turn.choice != null && turn.choice.startsWith("field:")
                ? Optional.of(Step.valueOf(turn.choice.substring(6)))
                : fieldNamed(turn);
        if (field.isPresent()) {
            Draft d = turn.conversation.draft;
            d.editing = true;
            d.settled.remove(field.get());
            if (field.get() == Step.NAME && d.privacy == Privacy.ANONIM) {
                d.privacy = Privacy.BIASA;
            }
            ask(turn, field.get());
        } else if (turn.hasText() && correct(turn)) {
            summary(turn);
        } else {
            unusable(turn, "retry.field");
        }
    }

    private Optional<Step> fieldNamed(Turn turn) {
        for (Step slot : List.of(Step.DESCRIPTION, Step.LOCATION, Step.DATE, Step.CATEGORY, Step.PRIVACY, Step.NAME)) {
            String label = turn.text("field." + key(slot)).toLowerCase(Locale.ROOT);
            String aliases = turn.text("field." + key(slot) + ".words");
            if (turn.words.equals(label) || Arrays.asList(aliases.split(",")).contains(turn.words)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /**
     * A correction in the citizen's words ("lokasinya bukan di situ, tapi di Kec. Pendopo",
     * "tanggalnya kemarin", "nama saya Budi", "rahasiakan saja"); true when something changed.
     */
    private boolean correct(Turn turn) {
        Draft d = turn.conversation.draft;
        String w = turn.words;
        Matcher name = OWN_NAME.matcher(turn.text.strip());
        if (name.matches() && isName(name.group(1).strip())) {
            d.name = name.group(1).strip();
            if (d.privacy == Privacy.ANONIM) {
                d.privacy = Privacy.BIASA;
            }
            return true;
        }
        if (DATE_WORDS.matcher(w).find()) {
            Optional<LocalDate> date = IncidentDates.find(turn.text, turn.receivedAt);
            if (date.isPresent()) {
                d.incidentDate = date.get();
                return true;
            }
        }
        Optional<Region> place = places.inSentence(turn.text);
        if (place.isPresent() && (FIELD_WORDS.matcher(w).find() || Words.wordCount(w) <= 8)) {
            setRegion(d, place.get(), turn.text.replaceFirst("(?i)^.*\\b(tapi|tetapi|melainkan|but)\\b\\s*", ""));
            return true;
        }
        Optional<Privacy> privacy = Words.wordCount(w) <= 6 ? Words.privacy(w) : Optional.empty();
        if (privacy.isPresent()) {
            setPrivacy(d, privacy.get());
            return true;
        }
        Optional<Category> category = w.matches(".*\\b(kategori|category)\\b.*")
                ? namedCategory(turn, w.replaceFirst(".*\\b(kategori|category)\\w*\\s*(nya\\s+)?(adalah\\s+|is\\s+)?", ""))
                : Optional.empty();
        if (category.isPresent()) {
            choose(d, category.get());
            return true;
        }
        return false;
    }

    // ---- filing --------------------------------------------------------------------------------

    private void file(Turn turn) {
        Conversation c = turn.conversation;
        Draft d = c.draft;
        Privacy privacy = d.privacy == null ? Privacy.BIASA : d.privacy;
        String contact = turn.from.channel() == Channel.SMS || turn.from.channel() == Channel.WHATSAPP ? turn.from.id() : null;
        var report = new NewComplaint(d.kind, d.category, d.agencyType, d.regionCode, d.placeText, d.incidentDate,
                d.description, new NewComplaint.Reporter(privacy == Privacy.ANONIM ? null : d.name, contact, privacy),
                turn.reporter(), new NewComplaint.ClassifierSuggestion(d.suggestedCategory, d.suggestedAgencyType, d.suggestionConfidence),
                store.attachments(c.id, d.id), d.clientReference(),
                d.latitude == null ? null : new NewComplaint.Location(d.latitude, d.longitude));
        FiledComplaint filed;
        try {
            filed = complaints.file(report);
        } catch (IllegalArgumentException refused) {
            log.warn("Filing conversation {} was refused: {}", c.id, refused.getMessage());
            turn.say("filing.refused");
            return;
        }
        store.dropAttachmentsExcept(c.id, null);
        c.clear();
        metrics.ended(ConversationMetrics.Outcome.FILED);
        turn.say("filed", filed.trackingId(), turn.date(filed.verificationDue()));
    }

    // ---- names ---------------------------------------------------------------------------------

    static String key(Step step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String kindName(Turn turn, Kind kind) {
        return turn.text("kind." + kind);
    }

    static String categoryName(Turn turn, Category category) {
        return turn.text("category." + category);
    }

    private static String personalDataNames(Turn turn, Set<PersonalData.Kind> kinds) {
        return String.join(", ", kinds.stream().map(k -> turn.text("personal-data." + k)).toList());
    }
}

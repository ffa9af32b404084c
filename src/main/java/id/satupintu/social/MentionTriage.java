package id.satupintu.social;

import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.agency.RoutingDecision;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Handoffs;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.Outbox;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.FiledComplaint;
import id.satupintu.complaint.NewComplaint;
import id.satupintu.complaint.Privacy;
import id.satupintu.complaint.ReporterAddress;
import id.satupintu.nlp.Classification;
import id.satupintu.nlp.Classifier;
import id.satupintu.region.RegionMatch;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Triage of one mention, in one transaction under the mention's row lock: classify, then keep it
 * for the feed, invite the citizen to a private chat, or file it, and queue the public reply. The
 * tagged account is a hint only: a report goes to the agency competent for what and where it is
 * about, and the mention records why when that is not the tagged one.
 */
@Component
class MentionTriage {

    private static final Logger log = LoggerFactory.getLogger(MentionTriage.class);

    private final MentionStore store;
    private final Classifier classifier;
    private final AgencyDirectory directory;
    private final MonitoredAccounts accounts;
    private final Complaints complaints;
    private final Handoffs handoffs;
    private final Outbox outbox;
    private final SocialTexts texts;
    private final DeepLinks links;
    private final Map<Channel, PostTexts> postTexts;
    private final int maxAttempts;
    private final Duration retryBase;
    private final TransactionTemplate transaction;

    MentionTriage(MentionStore store, Classifier classifier, AgencyDirectory directory, MonitoredAccounts accounts,
                  Complaints complaints, Handoffs handoffs, Outbox outbox, SocialTexts texts, DeepLinks links,
                  List<PostTexts> postTexts, SocialProperties properties, PlatformTransactionManager transactions) {
        this.store = store;
        this.classifier = classifier;
        this.directory = directory;
        this.accounts = accounts;
        this.complaints = complaints;
        this.handoffs = handoffs;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.postTexts = postTexts.stream().collect(Collectors.toMap(PostTexts::platform, Function.identity()));
        this.maxAttempts = properties.maxAttempts();
        this.retryBase = properties.triageInterval();
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Triage of every pending mention, oldest first; each in its own transaction. */
    int processPending() {
        int done = 0;
        for (long id : store.pending(100)) {
            done += process(id) ? 1 : 0;
        }
        return done;
    }

    /**
     * Triage of one pending mention. A failure rolls its attempt back and counts it; after
     * {@code max-attempts} the mention is parked as FAILED.
     *
     * @return whether the mention was handled (false: not pending, or another instance holds it)
     */
    boolean process(long id) {
        try {
            return Boolean.TRUE.equals(transaction.execute(tx -> store.lockPending(id).map(this::triage).orElse(false)));
        } catch (RuntimeException e) {
            log.warn("Triage of mention {} failed: {}", id, e.toString());
            transaction.executeWithoutResult(tx -> store.lockPending(id).ifPresent(m ->
                    store.attemptFailed(id, e.toString(), retryAfter(m))));
            return false;
        }
    }

    private boolean triage(Mention mention) {
        Optional<Mention> withText = mention.text() != null ? Optional.of(mention) : fetchText(mention);
        if (withText.isEmpty()) {
            return true;
        }
        Mention m = withText.get();
        Classification c = classify(m);
        TriageOutcome outcome = TriageRules.decide(c);
        switch (outcome) {
            case NOT_A_REPORT -> store.triaged(m.id(), MentionState.NEW, reading(c, outcome).build());
            case INVITED -> store.triaged(m.id(), MentionState.NEW, invite(m, c));
            case FILED -> store.triaged(m.id(), MentionState.REPORTED, file(m, c, FilingChoice.asClassified(c)));
        }
        return true;
    }

    /** Doubling waits from the triage interval; null (give up) after the last attempt. */
    private Duration retryAfter(Mention m) {
        int attempt = m.attempts() + 1;
        return attempt >= maxAttempts ? null : retryBase.multipliedBy(1L << Math.min(attempt, 16));
    }

    Classification classify(Mention m) {
        Instant at = m.postedAt() != null ? m.postedAt() : m.receivedAt();
        return classifier.classify(m.text(), m.platform(), at);
    }

    private Optional<Mention> fetchText(Mention m) {
        PostTexts fetcher = postTexts.get(m.platform());
        if (fetcher == null) {
            store.attemptFailed(m.id(), "the post's text is missing and " + m.platform().code() + " cannot be asked for it", null);
            return Optional.empty();
        }
        try {
            Optional<PostTexts.Post> post = fetcher.fetch(m).filter(p -> p.text() != null && !p.text().isBlank());
            if (post.isEmpty()) {
                store.attemptFailed(m.id(), "the post is gone or has no text", null);
                return Optional.empty();
            }
            PostTexts.Post p = post.get();
            store.textFetched(m.id(), p.text().strip(), p.authorId(), p.authorHandle(), p.postedAt());
            return store.byId(m.id());
        } catch (PostTexts.PostUnavailableException e) {
            store.attemptFailed(m.id(), e.getMessage(), retryAfter(m));
            return Optional.empty();
        }
    }

    private Mention.Triage invite(Mention m, Classification c) {
        String code = handoffs.create(m.text(), m.platform(), m.postId(), m.agencyCode());
        TriageBuilder triage = reading(c, TriageOutcome.INVITED).handoff(code);
        if (!links.any()) {
            log.warn("Mention {} is a report, but no private chat can be offered: set TELEGRAM_BOT_USERNAME or WHATSAPP_NUMBER", m.id());
            return triage.build();
        }
        return reply(m, texts.invitation(links.forCode(code), SocialTexts.INDONESIAN), triage).build();
    }

    /**
     * Files the mention as a report, routed by what and where it is about, and queues the public
     * reply with the tracking id. Filing twice (a retry, staff after triage) gives the same report.
     */
    Mention.Triage file(Mention m, Classification c, FilingChoice choice) {
        RoutingDecision route = directory.route(choice.agencyType(), choice.regionCode());
        String author = m.authorId() != null ? m.authorId() : m.authorHandle() != null ? "@" + m.authorHandle() : null;
        var report = new NewComplaint(choice.kind(), choice.category(), choice.agencyType(), choice.regionCode(),
                c.region().map(RegionMatch::matchedText).orElse(null), c.incidentDate().orElse(null), m.text(),
                new NewComplaint.Reporter(m.authorHandle() == null ? null : "@" + m.authorHandle(), null, Privacy.BIASA),
                new ReporterAddress(m.platform().code(), author),
                new NewComplaint.ClassifierSuggestion(c.category().label(), c.agencyType().label(), c.category().confidence()),
                List.of(), "mention:" + m.platform().code() + ":" + m.postId());
        FiledComplaint filed = complaints.file(report);
        TriageBuilder triage = reading(c, TriageOutcome.FILED)
                .filedAs(choice)
                .handoff(m.triage() == null ? null : m.triage().handoffCode())
                .routed(route.agency().code(), routingNote(m, choice, route))
                .tracking(filed.trackingId());
        return reply(m, texts.filed(filed.trackingId(), route.agency().name(), SocialTexts.INDONESIAN), triage).build();
    }

    /** Why the report went where it went; says so plainly when that is not the tagged agency. */
    private String routingNote(Mention m, FilingChoice choice, RoutingDecision route) {
        if (route.agency().code().equals(m.agencyCode())) {
            return route.reason() + ": " + route.explanation();
        }
        String tagged = accounts.byId(m.platform(), m.accountId()).map(a -> "@" + a.handle()).orElse(m.accountId());
        String taggedAgency = directory.byCode(m.agencyCode()).map(Agency::name).orElse(m.agencyCode());
        return "Tagged %s (%s), but the post is about %s%s: routed to %s (%s). %s: %s".formatted(tagged, taggedAgency,
                choice.agencyType(), choice.regionCode() == null ? "" : " in " + choice.regionCode(), route.agency().name(),
                route.agency().code(), route.reason(), route.explanation());
    }

    private TriageBuilder reply(Mention m, String text, TriageBuilder triage) {
        if (m.replyToId() == null) {
            return triage.reply(text, null);
        }
        long id = outbox.enqueue(OutboundMessage.reply(new Address(m.platform(), m.postId()), text, List.of()));
        return triage.reply(text, id);
    }

    private static TriageBuilder reading(Classification c, TriageOutcome outcome) {
        return new TriageBuilder(outcome, c);
    }

    /**
     * What a report is filed as: the classifier's reading, or staff's corrections of it. A region
     * the post does not name falls back to the tagged agency's, when staff file it.
     */
    record FilingChoice(Kind kind, Category category, AgencyType agencyType, String regionCode) {

        static FilingChoice asClassified(Classification c) {
            return new FilingChoice(c.kind().label(), c.category().label(), c.agencyType().label(),
                    c.region().map(r -> r.mostSpecific().code()).orElse(null));
        }
    }

    /** Collects the triage record of a mention. */
    private static final class TriageBuilder {
        private final TriageOutcome outcome;
        private final Classification c;
        private String kind;
        private String category;
        private String agencyType;
        private String regionCode;
        private String routedAgency;
        private String routingNote;
        private String handoffCode;
        private String trackingId;
        private String replyText;
        private Long replyId;

        TriageBuilder(TriageOutcome outcome, Classification c) {
            this.outcome = outcome;
            this.c = c;
            filedAs(FilingChoice.asClassified(c));
        }

        TriageBuilder filedAs(FilingChoice choice) {
            this.kind = choice.kind().name();
            this.category = choice.category().name();
            this.agencyType = choice.agencyType().name();
            this.regionCode = choice.regionCode();
            return this;
        }

        TriageBuilder routed(String agency, String note) {
            this.routedAgency = agency;
            this.routingNote = note;
            return this;
        }

        TriageBuilder handoff(String code) {
            this.handoffCode = code;
            return this;
        }

        TriageBuilder tracking(String id) {
            this.trackingId = id;
            return this;
        }

        TriageBuilder reply(String text, Long outboxId) {
            this.replyText = text;
            this.replyId = outboxId;
            return this;
        }

        Mention.Triage build() {
            return new Mention.Triage(outcome, kind, c.kind().confidence(), category, c.category().confidence(), agencyType,
                    regionCode, routedAgency, routingNote, handoffCode, trackingId, replyText, replyId, Instant.now());
        }
    }
}

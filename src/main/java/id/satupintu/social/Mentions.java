package id.satupintu.social;

import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.channel.Channel;
import id.satupintu.nlp.Classification;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The social feed: mentions of the monitored accounts, as adapters deliver them and as staff submit
 * them, and staff's actions on them. An agency sees the mentions of its own accounts and those
 * routed to it; the administrator and supervisors see all; supervisors act on none.
 */
@Service
public class Mentions {

    private final MentionStore store;
    private final MentionTriage triage;
    private final MonitoredAccounts accounts;
    private final AgencyDirectory directory;
    private final TransactionTemplate transaction;

    Mentions(MentionStore store, MentionTriage triage, MonitoredAccounts accounts, AgencyDirectory directory,
             PlatformTransactionManager transactions) {
        this.store = store;
        this.triage = triage;
        this.accounts = accounts;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One page of the feed, newest first. */
    public record Page(List<Mention> items, int page, int size, long totalItems) {
    }

    /** A mention staff found themselves: the post's link and text, the tagged account unless implied. */
    public record Submission(String url, String text, String account, String author) {
    }

    /** What staff file a mention as, where they correct the classifier; every field may be null. */
    public record Corrections(Kind kind, Category category, AgencyType agencyType, String regionCode) {
    }

    /** @param created false when the post was already in the feed (the stored mention is returned) */
    public record Submitted(Mention mention, boolean created) {
    }

    /** What staff may do with a mention. */
    public enum Action {
        REPORT, IGNORE
    }

    /** One page of the feed, newest first; each filter null for any. */
    public Page list(Actor viewer, MentionState state, TriageOutcome outcome, Channel platform, int page, int size) {
        String agency = viewer.role() == Role.AGENCY ? viewer.agencyCode() : null;
        return new Page(store.list(agency, state, outcome, platform, size, (long) page * size), page, size,
                store.count(agency, state, outcome, platform));
    }

    /**
     * The actions the viewer may take on a mention it sees now: filing needs the post's text and
     * is done once; ignoring is for what is not filed; supervisors only read.
     */
    public static Set<Action> actions(Mention m, Actor viewer) {
        if (viewer.role() == Role.SUPERVISOR) {
            return Set.of();
        }
        boolean hasText = m.text() != null;
        return switch (m.state()) {
            case NEW, FAILED -> hasText ? EnumSet.of(Action.REPORT, Action.IGNORE) : EnumSet.of(Action.IGNORE);
            case IGNORED -> hasText ? EnumSet.of(Action.REPORT) : Set.of();
            case PENDING -> EnumSet.of(Action.IGNORE);
            case REPORTED -> Set.of();
        };
    }

    public Optional<Mention> find(long id, Actor viewer) {
        return store.byId(id).filter(m -> maySee(viewer, m));
    }

    /** The monitored accounts: every agency's (they are public), for the feed's filters. */
    public List<MonitoredAccount> accounts() {
        return accounts.all();
    }

    /** A mention submitted by staff, triaged at once. */
    public Submitted submit(Submission submission, Actor actor) {
        requireActor(actor);
        if (submission.text() == null || submission.text().isBlank()) {
            throw new IllegalArgumentException("text: the post's text is required");
        }
        PostLinks.Link link = PostLinks.parse(submission.url());
        MonitoredAccount account = taggedAccount(link.platform(), submission.account(), actor);
        if (actor.role() == Role.AGENCY && !account.agencyCode().equals(actor.agencyCode())) {
            throw new MentionNotPermittedException("@" + account.handle() + " is another agency's account");
        }
        String author = submission.author() != null && !submission.author().isBlank()
                ? MonitoredAccounts.withoutAt(submission.author().strip()) : link.authorHandle();
        var incoming = new IncomingMention(link.platform(), link.postId(), account, Mention.Source.OPERATOR,
                link.replyToId() != null ? Mention.PostType.TWEET : Mention.PostType.LINK, null, link.replyToId(), link.url(),
                null, author, submission.text(), null, actor.username());
        Optional<Long> id = store.insert(incoming);
        id.ifPresent(triage::process);
        Mention stored = id.flatMap(store::byId).or(() -> store.byPost(link.platform(), link.postId())).orElseThrow();
        if (!maySee(actor, stored)) {
            throw new MentionNotPermittedException("this post is already in another agency's feed");
        }
        return new Submitted(stored, id.isPresent());
    }

    /** Stores a mention an adapter read, once per post; triage follows in the background. */
    boolean accept(IncomingMention mention) {
        return store.insert(mention).isPresent();
    }

    /** "Make a report": files the mention as staff judge it, and answers it publicly with the tracking id. */
    public Mention report(long id, Actor actor, Corrections corrections) {
        requireActor(actor);
        Corrections given = corrections == null ? new Corrections(null, null, null, null) : corrections;
        if (given.kind() == Kind.BUKAN_LAPORAN) {
            throw new IllegalArgumentException("kind: a report is a PENGADUAN, ASPIRASI or PERMINTAAN_INFORMASI");
        }
        return transaction.execute(tx -> {
            Mention m = lockForAction(id, actor);
            switch (m.state()) {
                case REPORTED -> throw new MentionRefusedException("Mention " + id + " is already filed as " + m.triage().trackingId());
                case PENDING -> throw new MentionRefusedException("Mention " + id + " is still waiting for triage");
                default -> {
                }
            }
            if (m.text() == null) {
                throw new MentionRefusedException("Mention " + id + " has no text to file");
            }
            Classification c = triage.classify(m);
            store.triaged(id, MentionState.REPORTED, triage.file(m, c, choice(m, c, given)));
            store.acted(id, MentionState.REPORTED, actor.username());
            return store.byId(id).orElseThrow();
        });
    }

    /** "Ignore": takes a mention off the agency's list of things to do. */
    public Mention ignore(long id, Actor actor) {
        requireActor(actor);
        return transaction.execute(tx -> {
            Mention m = lockForAction(id, actor);
            if (m.state() == MentionState.REPORTED) {
                throw new MentionRefusedException("Mention " + id + " is filed as " + m.triage().trackingId() + " and cannot be ignored");
            }
            if (m.state() != MentionState.IGNORED) {
                store.acted(id, MentionState.IGNORED, actor.username());
            }
            return store.byId(id).orElseThrow();
        });
    }

    /**
     * Staff's corrections over the classifier's reading; where neither says, the tagged account
     * is the hint: its agency type when the category is unsure, its region when the post names none.
     */
    private MentionTriage.FilingChoice choice(Mention m, Classification c, Corrections given) {
        Optional<Agency> tagged = directory.byCode(m.agencyCode());
        Kind kind = given.kind() != null ? given.kind() : c.isReport() ? c.kind().label() : Kind.PENGADUAN;
        Category category = given.category() != null ? given.category()
                : c.isReport() ? c.category().label() : c.categoryAlternatives().getFirst().label();
        AgencyType type = given.agencyType() != null ? given.agencyType()
                : given.category() != null ? given.category().defaultAgencyType()
                : c.isReport() && c.categoryConfident() ? c.agencyType().label()
                : tagged.map(Agency::type).orElse(AgencyType.ADMIN);
        String region = given.regionCode() != null ? given.regionCode()
                : c.region().map(r -> r.mostSpecific().code()).orElse(tagged.map(Agency::regionCode).orElse(null));
        return new MentionTriage.FilingChoice(kind, category, type, region);
    }

    private Mention lockForAction(long id, Actor actor) {
        return store.lock(id).filter(m -> maySee(actor, m)).orElseThrow(() -> new MentionNotFoundException(id));
    }

    private MonitoredAccount taggedAccount(Channel platform, String named, Actor actor) {
        if (named != null && !named.isBlank()) {
            return accounts.find(platform, named).orElseThrow(() -> new IllegalArgumentException(
                    "account: " + named + " is not a monitored " + platform.code() + " account"));
        }
        if (actor.role() == Role.AGENCY) {
            List<MonitoredAccount> own = accounts.ofAgency(actor.agencyCode()).stream().filter(a -> a.platform() == platform).toList();
            if (own.size() == 1) {
                return own.getFirst();
            }
        }
        throw new IllegalArgumentException("account: name the tagged " + platform.code() + " account (handle or id)");
    }

    private static void requireActor(Actor actor) {
        if (actor.role() == Role.SUPERVISOR) {
            throw new MentionNotPermittedException("Supervisors read the feed and act on nothing");
        }
    }

    static boolean maySee(Actor viewer, Mention m) {
        return viewer.role() != Role.AGENCY || viewer.agencyCode().equals(m.agencyCode())
                || (m.triage() != null && viewer.agencyCode().equals(m.triage().routedAgencyCode()));
    }
}

package id.satupintu.complaint;

import id.satupintu.account.Actor;
import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.agency.RoutingDecision;
import id.satupintu.taxonomy.AgencyType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The complaint workflow: filing, finding, and every action of the citizen, the administrator and
 * the agency. Staff actions take the {@link Actor} and enforce what it may see (others' reports:
 * {@link ComplaintNotFoundException}) and do ({@link ActionNotPermittedException}); an action the
 * report's status does not allow is refused with {@link TransitionRefusedException}; bad input is
 * an {@link IllegalArgumentException}.
 */
@Service
public class Complaints {

    /** The longest texts staff and citizens write into a report's history; the API's requests are held to them too. */
    static final int MAX_NOTE = 4000;
    static final int MAX_RESPONSE = 20_000;
    static final int MAX_AGENCY_CODE = 100;

    private final ComplaintRepository complaints;
    private final ComplaintAttachmentRepository attachments;
    private final ComplaintHistory history;
    private final ComplaintViews views;
    private final AgencyDirectory directory;
    private final DeadlineRules rules;
    private final ComplaintProperties properties;
    private final TransactionTemplate transaction;
    private final TrackingIds trackingIds = new TrackingIds();
    private final Clock clock;

    Complaints(ComplaintRepository complaints, ComplaintAttachmentRepository attachments, ComplaintHistory history,
               ComplaintViews views, AgencyDirectory directory, DeadlineRules rules, ComplaintProperties properties,
               PlatformTransactionManager transactionManager) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.history = history;
        this.views = views;
        this.directory = directory;
        this.rules = rules;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = Clock.system(properties.zone());
    }

    /**
     * Files a confirmed report: gives it a tracking id, routes it (the administrator confirms the
     * agency when verifying) and starts the verification deadline. Filing again with the same
     * client reference returns the report already filed instead of a second one.
     */
    public FiledComplaint file(NewComplaint report) {
        checkAttachments(report.attachments(), 0);
        if (report.clientReference() != null) {
            Optional<Complaint> earlier = complaints.findByClientReference(report.clientReference());
            if (earlier.isPresent()) {
                return filed(earlier.get());
            }
        }
        try {
            return transaction.execute(tx -> filed(insert(report)));
        } catch (DataIntegrityViolationException raced) {
            // A concurrent retry with the same client reference won; answer with its report.
            return Optional.ofNullable(report.clientReference())
                    .flatMap(complaints::findByClientReference)
                    .map(this::filed)
                    .orElseThrow(() -> raced);
        }
    }

    private Complaint insert(NewComplaint report) {
        if (report.regionCode() != null && !report.regionCode().matches("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?")) {
            throw new IllegalArgumentException("Not a Kemendagri region code: " + report.regionCode());
        }
        AgencyType type = report.agencyType() != null ? report.agencyType() : report.category().defaultAgencyType();
        RoutingDecision routing = directory.route(type, report.regionCode());
        String trackingId;
        do {
            trackingId = trackingIds.next();
        } while (complaints.existsByTrackingId(trackingId));
        Instant now = clock.instant();
        var complaint = complaints.save(new Complaint(trackingId, report, type, routing, now,
                rules.verification(LocalDate.now(clock))));
        report.attachments().forEach(a -> attachments.save(new ComplaintAttachment(complaint.id(), a, now)));
        history.filed(complaint, "Filed via %s; routed to %s: %s".formatted(report.origin().channel(),
                routing.agency().code(), routing.explanation()));
        return complaint;
    }

    private FiledComplaint filed(Complaint c) {
        return new FiledComplaint(c.trackingId(), c.status(), c.verificationDue());
    }

    /** One report, unfiltered: for the citizen's own channel and for system use, never for staff. */
    @Transactional(readOnly = true)
    public Optional<ComplaintView> byTrackingId(String trackingId) {
        return find(trackingId).map(c -> views.of(c, null));
    }

    /** One report as a staff member may see it; empty when it does not exist or is not theirs. */
    @Transactional(readOnly = true)
    public Optional<ComplaintView> byTrackingId(String trackingId, Actor viewer) {
        return find(trackingId).filter(c -> Access.maySee(viewer, c)).map(c -> views.of(c, viewer));
    }

    /** The reports filed from one address on one channel, newest first. */
    @Transactional(readOnly = true)
    public List<ComplaintView> findForReporter(ReporterAddress reporter) {
        return views.of(complaints.findByOriginChannelAndSenderAddressOrderByFiledAtDesc(reporter.channel(), reporter.address()), null);
    }

    /** Reports matching the filter among those the viewer may see, newest first unless the page says otherwise. */
    @Transactional(readOnly = true)
    public Page<ComplaintView> search(ComplaintFilter filter, Pageable page, Actor viewer) {
        Pageable sorted = page.getSort().isSorted() ? page
                : 
                PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "filedAt", "id"));
        Page<Complaint> found = complaints.findAll(ComplaintSearch.matching(filter, viewer, properties.zone(), today()), sorted);
        return new PageImpl<>(views.of(found.getContent(), viewer), sorted, found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentContent> attachment(String trackingId, long attachmentId, Actor viewer) {
        return find(trackingId).filter(c -> Access.maySee(viewer, c))
                .flatMap(c -> attachments.findByIdAndComplaintId(attachmentId, c.id())
                        .map(a -> new AttachmentContent(
                                Access.hidesReporter(viewer, c) ? ComplaintViews.redactor(c).apply(a.fileName()) : a.fileName(),
                                a.contentType(), a.content())));
    }

    // ---- the citizen -------------------------------------------------------------------------

    /** More detail from the citizen; brings a postponed report back to verification. */
    @Transactional
    public ComplaintView addInformation(String trackingId, ReporterAddress from, String text, List<NewAttachment> files) {
        List<NewAttachment> added = files == null ? List.of() : files;
        if ((text == null || text.isBlank()) && added.isEmpty()) {
            throw new IllegalArgumentException("An addition needs a text or an attachment");
        }
        Complaint c = lockForReporter(trackingId, from);
        checkAttachments(added, attachments.countByComplaintId(c.id()));
        ComplaintStatus before = c.take(ComplaintAction.ADD_INFORMATION, clock.instant());
        c.informationAdded(before, today(), rules);
        added.forEach(a -> attachments.save(new ComplaintAttachment(c.id(), a, c.updatedAt())));
        String note = (text == null ? "" : text.strip()) + (added.isEmpty() ? "" : " (+%d attachment(s))".formatted(added.size()));
        history.record(c, ComplaintAction.ADD_INFORMATION, ComplaintEvent.REPORTER, ComplaintEvent.REPORTER, before, note.strip(), null);
        return views.of(c, null);
    }

    /** The citizen answers the agency's follow-up; the report then waits for the agency again. */
    @Transactional
    public ComplaintView replyToResponse(String trackingId, ReporterAddress from, String text) {
        String reply = required(text, "reply", MAX_RESPONSE);
        Complaint c = lockForReporter(trackingId, from);
        ComplaintStatus before = c.take(ComplaintAction.REPLY, clock.instant());
        c.citizenReplied();
        history.record(c, ComplaintAction.REPLY, ComplaintEvent.REPORTER, ComplaintEvent.REPORTER, before, reply, null);
        return views.of(c, null);
    }

    /** The citizen's rating of the handling, 1 to 5 stars, once per report. */
    @Transactional
    public ComplaintView rate(String trackingId, ReporterAddress from, int stars, String comment) {
        Complaint c = lockForReporter(trackingId, from);
        ComplaintStatus before = c.take(ComplaintAction.RATE, clock.instant());
        c.rate(stars, comment == null || comment.isBlank() ? null : comment.strip(), c.updatedAt());
        history.record(c, ComplaintAction.RATE, ComplaintEvent.REPORTER, ComplaintEvent.REPORTER, before,
                stars + "/5" + (c.ratingComment() == null ? "" : ": " + c.ratingComment()), null);
        return views.of(c, null);
    }

    // ---- the administrator -------------------------------------------------------------------

    /**
     * Verifies the report and disposes it to an agency: {@code agencyCode}, or when null the agency
     * routing chose on filing. Starts the follow-up and completion deadlines.
     */
    @Transactional
    public ComplaintView dispose(String trackingId, Actor actor, String agencyCode, String note) {
        limited(agencyCode, "agency code", MAX_AGENCY_CODE);
        limited(note, "note", MAX_NOTE);
        return act(trackingId, actor, ComplaintAction.DISPOSE, c -> {
            Agency agency = competentAgency(agencyCode != null ? agencyCode : c.routedAgencyCode());
            c.dispose(agency.code(), today(), rules);
            return new Outcome(join("Disposed to " + agency.name() + " (" + agency.code() + ")", note), null);
        });
    }

    /** Postpones verification and asks the citizen for more; the question goes to the citizen. */
    @Transactional
    public ComplaintView postpone(String trackingId, Actor actor, String question) {
        String asked = required(question, "question for the citizen", MAX_NOTE);
        return act(trackingId, actor, ComplaintAction.POSTPONE, c -> {
            c.postpone();
            return new Outcome(asked, asked);
        });
    }

    /** Archives the report (spam, not about a public service, too general); the reason goes to the citizen. */
    @Transactional
    public ComplaintView archive(String trackingId, Actor actor, String reason) {
        String why = required(reason, "reason", MAX_NOTE);
        return act(trackingId, actor, ComplaintAction.ARCHIVE, c -> {
            c.closed();
            return new Outcome(why, why);
        });
    }

    /** Sends a declined (or wrongly disposed) report to another agency. */
    @Transactional
    public ComplaintView reroute(String trackingId, Actor actor, String agencyCode, String note) {
        Agency agency = competentAgency(required(agencyCode, "agency code", MAX_AGENCY_CODE));
        limited(note, "note", MAX_NOTE);
        return act(trackingId, actor, ComplaintAction.REROUTE, c -> {
            c.dispose(agency.code(), today(), rules);
            return new Outcome(join("Re-routed to " + agency.name() + " (" + agency.code() + ")", note), null);
        });
    }

    // ---- the agency --------------------------------------------------------------------------

    /** Not this agency's authority (bukan wewenang): back to the administrator to re-route. */
    @Transactional
    public ComplaintView decline(String trackingId, Actor actor, String reason) {
        String why = required(reason, "reason", MAX_NOTE);
        return act(trackingId, actor, ComplaintAction.DECLINE, c -> {
            c.decline(today(), rules);
            return new Outcome(why, null);
        });
    }

    /** The agency's follow-up (tindak lanjut); the text goes to the citizen, who may reply. */
    @Transactional
    public ComplaintView respond(String trackingId, Actor actor, String response) {
        String text = required(response, "response", MAX_RESPONSE);
        return act(trackingId, actor, ComplaintAction.RESPOND, c -> {
            c.respond(today(), rules);
            return new Outcome(text, text);
        });
    }

    /** Completes a report the agency has followed up; an optional closing note goes to the citizen. */
    @Transactional
    public ComplaintView complete(String trackingId, Actor actor, String note) {
        String closing = note == null || note.isBlank() ? null : limited(note.strip(), "note", MAX_NOTE);
        return act(trackingId, actor, ComplaintAction.COMPLETE, c -> {
            c.closed();
            return new Outcome(closing, closing);
        });
    }

    // ---- shared ------------------------------------------------------------------------------

    private record Outcome(String note, String messageForCitizen) {
    }

    private interface Change {
        Outcome apply(Complaint complaint);
    }

    private ComplaintView act(String trackingId, Actor actor, ComplaintAction action, Change change) {
        Complaint c = lock(trackingId).filter(x -> Access.maySee(actor, x))
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
        if (!Access.mayPerform(actor, action)) {
            throw new ActionNotPermittedException("A %s account may not %s a report".formatted(actor.role(), action));
        }
        ComplaintStatus before = c.take(action, clock.instant());
        Outcome outcome = change.apply(c);
        history.record(c, action, actor.username(), actor.role().name(), before, outcome.note(), outcome.messageForCitizen());
        return views.of(c, actor);
    }

    private Complaint lockForReporter(String trackingId, ReporterAddress from) {
        return lock(trackingId).filter(c -> c.isReportedFrom(from))
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    private Optional<Complaint> find(String trackingId) {
        return Optional.ofNullable(TrackingIds.normalize(trackingId)).flatMap(complaints::findByTrackingId);
    }

    private Optional<Complaint> lock(String trackingId) {
        return Optional.ofNullable(TrackingIds.normalize(trackingId)).flatMap(complaints::lockByTrackingId);
    }

    private Agency competentAgency(String code) {
        Agency agency = directory.byCode(code).orElseThrow(() -> new IllegalArgumentException("No agency " + code));
        if (agency.isAdministrator()) {
            throw new IllegalArgumentException("Routing found no competent agency (" + code
                    + " is an administrator): name the agency to dispose the report to");
        }
        return agency;
    }

    private void checkAttachments(List<NewAttachment> files, int alreadyKept) {
        if (alreadyKept + files.size() > properties.maxAttachments()) {
            throw new IllegalArgumentException("A report keeps at most " + properties.maxAttachments() + " attachments");
        }
        long max = properties.maxAttachmentSize().toBytes();
        files.stream().filter(f -> f.content().length > max).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException("Attachment %s is %d bytes; at most %d are kept"
                    .formatted(f.fileName(), f.content().length, max));
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String required(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
        return limited(text.strip(), what, maxLength);
    }

    /**
     * A text for the history, whichever door it came through (the API checks the same lengths
     * first): PostgreSQL's text cannot hold a NUL character.
     */
    private static String limited(String text, String what, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " must be at most " + maxLength + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("The " + what + " must not contain NUL characters");
        }
        return text;
    }

    private static String join(String fact, String note) {
        return note == null || note.isBlank() ? fact : fact + ": " + note.strip();
    }
}

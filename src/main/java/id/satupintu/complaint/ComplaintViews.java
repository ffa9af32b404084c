package id.satupintu.complaint;

import id.satupintu.account.Actor;
import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.complaint.ComplaintView.AgencyRef;
import id.satupintu.complaint.ComplaintView.AttachmentInfo;
import id.satupintu.complaint.ComplaintView.Deadlines;
import id.satupintu.complaint.ComplaintView.HistoryEntry;
import id.satupintu.complaint.ComplaintView.Rating;
import id.satupintu.complaint.ComplaintView.ReporterView;
import id.satupintu.complaint.ComplaintView.Routing;
import id.satupintu.complaint.NewComplaint.ClassifierSuggestion;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns reports into {@link ComplaintView}s for one viewer, hiding what that viewer may not see. */
@Component
class ComplaintViews {

    static final String HIDDEN = "[identitas disembunyikan]";

    private final ComplaintEventRepository events;
    private final ComplaintAttachmentRepository attachments;
    private final AgencyDirectory directory;
    private final Clock clock;

    ComplaintViews(ComplaintEventRepository events, ComplaintAttachmentRepository attachments,
                   AgencyDirectory directory, ComplaintProperties properties) {
        this.events = events;
        this.attachments = attachments;
        this.directory = directory;
        this.clock = Clock.system(properties.zone());
    }

    /** @param viewer the staff member looking, or null for the reporter themselves */
    List<ComplaintView> of(List<Complaint> complaints, Actor viewer) {
        // Every new citizen's first report asks for their earlier ones: two queries for nothing.
        if (complaints.isEmpty()) {
            return List.of();
        }
        List<Long> ids = complaints.stream().map(Complaint::id).toList();
        Map<Long, List<ComplaintEvent>> history = events.findByComplaintIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(ComplaintEvent::complaintId));
        Map<Long, List<AttachmentInfo>> files = attachments.findByComplaintIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(ComplaintAttachmentRepository.Description::getComplaintId,
                        Collectors.mapping(d -> new AttachmentInfo(d.getId(), d.getFileName(), d.getContentType(), d.getSizeBytes()),
                                Collectors.toList())));
        var agencies = new HashMap<String, AgencyRef>();
        LocalDate today = LocalDate.now(clock);
        return complaints.stream()
                .map(c -> view(c, viewer, history.getOrDefault(c.id(), List.of()), files.getOrDefault(c.id(), List.of()),
                        agencies, today))
                .toList();
    }

    ComplaintView of(Complaint complaint, Actor viewer) {
        return of(List.of(complaint), viewer).getFirst();
    }

    private ComplaintView view(Complaint c, Actor viewer, List<ComplaintEvent> history, List<AttachmentInfo> files,
                               Map<String, AgencyRef> agencies, LocalDate today) {
        boolean hidden = Access.hidesReporter(viewer, c);
        UnaryOperator<String> shown = hidden ? redactor(c) : UnaryOperator.identity();
        var reporter = hidden
                ? new ReporterView(null, null, null, c.privacy(), true)
                : new ReporterView(c.reporterName(), c.reporterContact(), c.senderAddress(), c.privacy(), false);
        var suggestion = c.suggestedCategory() == null && c.suggestedAgencyType() == null ? null
                : new ClassifierSuggestion(c.suggestedCategory(), c.suggestedAgencyType(),
                Objects.requireNonNullElse(c.suggestionConfidence(), 0.0));
        var deadlines = new Deadlines(c.runningDue(Deadline.VERIFICATION), c.runningDue(Deadline.FOLLOW_UP),
                c.runningDue(Deadline.COMPLETION), c.citizenReplyDue(), c.overdue(today));
        var rating = c.rating() == null ? null : new Rating(c.rating(), shown.apply(c.ratingComment()), c.ratedAt());
        var entries = history.stream()
                .map(e -> new HistoryEntry(e.occurredAt(), e.type(), e.actor(), e.actorRole(), e.fromStatus(), e.toStatus(),
                        shown.apply(e.note()), e.deadline()))
                .toList();
        var routing = new Routing(agency(c.routedAgencyCode(), agencies), c.routingReason(), c.routingExplanation());
        return new ComplaintView(c.trackingId(), c.kind(), c.category(), c.agencyType(), c.status(),
                agency(c.agencyCode(), agencies), routing, c.regionCode(), shown.apply(c.placeText()), c.incidentDate(),
                shown.apply(c.description()), reporter, c.originChannel(), suggestion, c.filedAt(), c.updatedAt(),
                deadlines, rating, files.stream().map(f -> new AttachmentInfo(f.id(), shown.apply(f.fileName()), f.contentType(), f.size())).toList(),
                entries, actions(c, viewer));
    }

    /** What the viewer may do now: the allowed actions of their role, or the reporter's own. */
    private static Set<ComplaintAction> actions(Complaint c, Actor viewer) {
        var possible = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction a : ComplaintAction.values()) {
            boolean byViewer = viewer == null
                    ? a.performer() == ComplaintAction.Performer.REPORTER && !(a == ComplaintAction.RATE && c.rating() != null)
                    : Access.mayPerform(viewer, a);
            if (byViewer && a.isAllowedIn(c.status())) {
                possible.add(a);
            }
        }
        return possible;
    }

    private AgencyRef agency(String code, Map<String, AgencyRef> known) {
        if (code == null) {
            return null;
        }
        return known.computeIfAbsent(code, k -> new AgencyRef(k, directory.byCode(k).map(Agency::name).orElse(k)));
    }

    /**
     * Removes the reporter's name, contact and address wherever they appear in a text (a note may
     * quote them; a citizen may sign a message), case-insensitively.
     */
    static UnaryOperator<String> redactor(Complaint c) {
        List<String> secrets = Arrays.asList(c.reporterName(), c.reporterContact(), c.senderAddress());
        var patterns = secrets.stream()
                .filter(s -> s != null && s.strip().length() >= 3)
                .map(s -> Pattern.compile(Pattern.quote(s.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        return text -> {
            if (text == null) {
                return null;
            }
            String result = text;
            for (Pattern p : patterns) {
                result = p.matcher(result).replaceAll(HIDDEN);
            }
            return result;
        };
    }
}

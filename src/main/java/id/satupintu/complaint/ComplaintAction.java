package id.satupintu.complaint;

import java.util.EnumSet;
import java.util.Set;

import static id.satupintu.complaint.ComplaintStatus.*;

/**
 * Everything that can be done to a filed report: from which statuses, by whom, and what it
 * becomes. This table is the workflow; an action outside it is refused.
 */
public enum ComplaintAction {
    DISPOSE(Performer.ADMINISTRATOR, ComplaintEventType.DISPOSED, DIDISPOSISI, DITERIMA),
    POSTPONE(Performer.ADMINISTRATOR, ComplaintEventType.POSTPONED, DITUNDA, DITERIMA),
    ARCHIVE(Performer.ADMINISTRATOR, ComplaintEventType.ARCHIVED, DIARSIPKAN, DITERIMA, DITUNDA, BUKAN_WEWENANG),
    REROUTE(Performer.ADMINISTRATOR, ComplaintEventType.REROUTED, DIDISPOSISI, DIDISPOSISI, BUKAN_WEWENANG),
    DECLINE(Performer.AGENCY, ComplaintEventType.DECLINED, BUKAN_WEWENANG, DIDISPOSISI),
    RESPOND(Performer.AGENCY, ComplaintEventType.RESPONDED, DITINDAKLANJUTI, DIDISPOSISI, DITINDAKLANJUTI),
    COMPLETE(Performer.AGENCY, ComplaintEventType.COMPLETED, SELESAI, DITINDAKLANJUTI),
    /** Postponed reports return to verification; in other open statuses the status stays. */
    ADD_INFORMATION(Performer.REPORTER, ComplaintEventType.INFORMATION_ADDED, null,
            DITERIMA, DITUNDA, DIDISPOSISI, BUKAN_WEWENANG, DITINDAKLANJUTI),
    REPLY(Performer.REPORTER, ComplaintEventType.CITIZEN_REPLIED, null, DITINDAKLANJUTI),
    /** Once per report. */
    RATE(Performer.REPORTER, ComplaintEventType.RATED, null, DITINDAKLANJUTI, SELESAI),
    AUTO_CLOSE(Performer.SYSTEM, ComplaintEventType.AUTO_CLOSED, SELESAI, DITINDAKLANJUTI);

    /** Who may take an action. Administrators may also take the agency's actions. */
    public enum Performer { ADMINISTRATOR, AGENCY, REPORTER, SYSTEM }

    private final Performer performer;
    private final ComplaintEventType eventType;
    private final ComplaintStatus target;
    private final Set<ComplaintStatus> from;

    ComplaintAction(Performer performer, ComplaintEventType eventType, ComplaintStatus target,
                    ComplaintStatus first, ComplaintStatus... more) {
        this.performer = performer;
        this.eventType = eventType;
        this.target = target;
        this.from = EnumSet.of(first, more);
    }

    public Performer performer() {
        return performer;
    }

    public ComplaintEventType eventType() {
        return eventType;
    }

    public Set<ComplaintStatus> allowedFrom() {
        return from;
    }

    public boolean isAllowedIn(ComplaintStatus status) {
        return from.contains(status);
    }

    /** The status after this action, taken in {@code current}. */
    public ComplaintStatus next(ComplaintStatus current) {
        if (target != null) {
            return target;
        }
        return this == ADD_INFORMATION && current == DITUNDA ? DITERIMA : current;
    }
}

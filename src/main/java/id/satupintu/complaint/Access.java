package id.satupintu.complaint;

import id.satupintu.account.Actor;
import id.satupintu.account.Role;

import java.util.Objects;

/**
 * Who may see and do what. Administrators see and do everything; agency staff see only the reports
 * disposed to their agency and take only the agency's actions on them; supervisors read everything
 * and act on nothing. An anonymous reporter's identity is for administrators only.
 */
final class Access {

    private Access() {
    }

    static boolean maySee(Actor actor, Complaint complaint) {
        return actor.role() != Role.AGENCY || Objects.equals(actor.agencyCode(), complaint.agencyCode());
    }

    static boolean mayPerform(Actor actor, ComplaintAction action) {
        return switch (actor.role()) {
            case ADMIN -> action.performer() == ComplaintAction.Performer.ADMINISTRATOR
                    || action.performer() == ComplaintAction.Performer.AGENCY;
            case AGENCY -> action.performer() == ComplaintAction.Performer.AGENCY;
            case SUPERVISOR -> false;
        };
    }

    /** Whether the viewer (null: the reporter themselves, or the system) must not know who reported. */
    static boolean hidesReporter(Actor viewer, Complaint complaint) {
        return viewer != null && complaint.privacy() == Privacy.ANONIM && !viewer.maySeeAnonymousReporter();
    }
}

package id.satupintu.complaint;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to a report into its history and, when the citizen should hear of it,
 * publishes {@link ComplaintStatusChanged} in the same transaction (the event publication
 * registry stores it with the change).
 */
@Component
class ComplaintHistory {

    private final ComplaintEventRepository events;
    private final ApplicationEventPublisher publisher;

    ComplaintHistory(ComplaintEventRepository events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    void filed(Complaint complaint, String note) {
        events.save(new ComplaintEvent(complaint.id(), complaint.filedAt(), ComplaintEventType.FILED,
                ComplaintEvent.REPORTER, ComplaintEvent.REPORTER, null, complaint.status(), note));
    }

    /**
     * @param messageForCitizen text written for the citizen, passed on with the status event
     */
    void record(Complaint complaint, ComplaintAction action, String actor, String actorRole, ComplaintStatus before,
                String note, String messageForCitizen) {
        events.save(new ComplaintEvent(complaint.id(), complaint.updatedAt(), action.eventType(), actor, actorRole,
                before, complaint.status(), note));
        if (before != complaint.status() || action == ComplaintAction.RESPOND) {
            publisher.publishEvent(new ComplaintStatusChanged(complaint.trackingId(), complaint.status(),
                    complaint.originChannel(), complaint.senderAddress(), messageForCitizen));
        }
    }

    void escalated(ComplaintEvent escalation) {
        events.save(escalation);
    }
}

package id.satupintu.complaint;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The periodic check (run by db-scheduler on one instance at a time, see
 * {@link ComplaintConfiguration}): escalates each missed deadline once, and closes
 * reports whose follow-up the citizen left unanswered for 10 working days. Each report is handled
 * in its own transaction under its row lock, so a person acting on it at the same moment is
 * simply serialised with the check.
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ComplaintRepository complaints;
    private final ComplaintHistory history;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;

    DeadlineWatch(ComplaintRepository complaints, ComplaintHistory history, ComplaintProperties properties,
                  PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.complaints = complaints;
        this.history = history;
        this.meters = meters;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = Clock.system(properties.zone());
    }

    /** @return how many escalations and automatic closes were recorded */
    int run() {
        LocalDate today = LocalDate.now(clock);
        int escalated = 0;
        for (Long id : complaints.findUnescalatedOverdue(today, Complaint.VERIFICATION_RUNS, Complaint.FOLLOW_UP_RUNS,
                Complaint.COMPLETION_RUNS)) {
            List<Deadline> missed = transaction.execute(tx -> escalate(id, today));
            // Counted after the commit: satupintu_complaint_sla_breaches_total, one per escalation.
            missed.forEach(deadline -> meters.counter("satupintu.complaint.sla.breaches",
                    "deadline", deadline.name().toLowerCase(Locale.ROOT)).increment());
            escalated += missed.size();
        }
        int closed = 0;
        for (Long id : complaints.findUnansweredFollowUps(today)) {
            closed += transaction.execute(tx -> closeUnanswered(id, today));
        }
        if (escalated + closed > 0) {
            log.info("Deadline check: {} escalation(s), {} report(s) closed without a reply", escalated, closed);
        }
        return escalated + closed;
    }

    /** @return the deadlines escalated now */
    private List<Deadline> escalate(Long id, LocalDate today) {
        Complaint c = complaints.lockById(id).orElseThrow();
        Instant now = clock.instant();
        List<Deadline> escalated = new ArrayList<>();
        for (Deadline missed : c.overdue(today)) {
            if (c.escalate(missed, now)) {
                history.escalated(ComplaintEvent.escalation(c.id(), now, c.status(), missed, c.runningDue(missed)));
                escalated.add(missed);
            }
        }
        return escalated;
    }

    private int closeUnanswered(Long id, LocalDate today) {
        Complaint c = complaints.lockById(id).orElseThrow();
        LocalDate due = c.citizenReplyDue();
        if (due == null || !today.isAfter(due)) {
            return 0;
        }
        ComplaintStatus before = c.take(ComplaintAction.AUTO_CLOSE, clock.instant());
        c.closed();
        history.record(c, ComplaintAction.AUTO_CLOSE, ComplaintEvent.SYSTEM, ComplaintEvent.SYSTEM, before,
                "No reply from the citizen within %d working days of the follow-up (due %s): closed automatically"
                        .formatted(DeadlineRules.CITIZEN_REPLY_WORKING_DAYS, due), null);
        return 1;
    }
}

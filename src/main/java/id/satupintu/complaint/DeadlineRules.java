package id.satupintu.complaint;

import java.time.LocalDate;

/**
 * The SP4N-LAPOR! service levels as due dates: verification 3 working days after receipt (or after
 * the citizen's addition to a postponed report, or after an agency declined it), the agency's first
 * follow-up 5 working days after disposition, completion 60 calendar days after the first
 * disposition (the law on public services counts 60 days from when the complaint is complete), and
 * 10 working days for the citizen to reply to a follow-up before the report closes by itself.
 */
class DeadlineRules {

    static final int VERIFICATION_WORKING_DAYS = 3;
    static final int FOLLOW_UP_WORKING_DAYS = 5;
    static final int COMPLETION_DAYS = 60;
    static final int CITIZEN_REPLY_WORKING_DAYS = 10;

    private final WorkingCalendar calendar;

    DeadlineRules(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate verification(LocalDate from) {
        return calendar.plusWorkingDays(from, VERIFICATION_WORKING_DAYS);
    }

    LocalDate followUp(LocalDate from) {
        return calendar.plusWorkingDays(from, FOLLOW_UP_WORKING_DAYS);
    }

    LocalDate completion(LocalDate from) {
        return from.plusDays(COMPLETION_DAYS);
    }

    LocalDate citizenReply(LocalDate from) {
        return calendar.plusWorkingDays(from, CITIZEN_REPLY_WORKING_DAYS);
    }
}

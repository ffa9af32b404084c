package id.satupintu.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

    static final WorkingCalendar calendar = WorkingCalendar.fromClasspath();
    static final DeadlineRules rules = new DeadlineRules(calendar);

    /**
     * Idul Fitri 2026: Wed 18 March cuti bersama Nyepi, Thu 19 Nyepi, Fri 20 cuti bersama, Sat-Sun
     * 21-22 Idul Fitri, Mon-Tue 23-24 cuti bersama; work resumes on Wed 25.
     */
    @ParameterizedTest(name = "received {0} → verified by {1}")
    @CsvSource({
            "2026-03-19, 2026-03-27",   // the Thursday before Idul Fitri, itself a holiday: 25, 26, 27
            "2026-03-17, 2026-03-27",   // Tuesday: nothing counts until the 25th
            "2026-03-16, 2026-03-26",   // Monday: 17, then 25, 26
            "2026-03-13, 2026-03-25",   // Friday: 16, 17, 25
            "2026-11-28, 2026-12-02",   // a Saturday: counting starts on Monday
            "2026-11-30, 2026-12-03",   // an ordinary week
            "2025-03-27, 2025-04-10",   // Idul Fitri 2025: 28 March to 7 April all off: 8, 9, 10
    })
    void verificationIsThreeWorkingDaysAfterReceipt(LocalDate received, LocalDate due) {
        assertThat(rules.verification(received)).isEqualTo(due);
    }

    @ParameterizedTest(name = "disposed {0} → first follow-up by {1}")
    @CsvSource({
            "2025-12-19, 2025-12-30",   // Christmas 2025: 25 Natal, 26 cuti bersama
            "2026-12-23, 2027-01-04",   // 24 cuti bersama, 25 Natal, 1 January
            "2026-05-13, 2026-05-22",   // Ascension 14 May, cuti 15 May: 18, 19, 20, 21, 22
    })
    void followUpIsFiveWorkingDaysAfterDisposition(LocalDate disposed, LocalDate due) {
        assertThat(rules.followUp(disposed)).isEqualTo(due);
    }

    @Test
    void completionCountsCalendarDays() {
        assertThat(rules.completion(LocalDate.parse("2026-03-19"))).isEqualTo("2026-05-18");
    }

    @Test
    void theCitizenHasTenWorkingDaysToReply() {
        // 16, 17, 25, 26, 27, 30, 31 March, 1, 2 April, Good Friday 3 April off, Monday 6 April.
        assertThat(rules.citizenReply(LocalDate.parse("2026-03-13"))).isEqualTo("2026-04-06");
    }

    @Test
    void theTableHoldsNationalHolidaysAndCutiBersamaOf2025To2027() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-08-18"))).as("cuti bersama HUT RI 2025").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-17"))).as("Proklamasi 2026, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-10"))).as("Idul Fitri 2027 (estimated)").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-12-24"))).as("cuti bersama Natal 2027").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-25"))).isTrue();
    }

    @Test
    void beyondTheTableOnlyWeekendsAreSkipped() {
        assertThat(rules.verification(LocalDate.parse("2028-01-07"))).isEqualTo("2028-01-12");
    }
}

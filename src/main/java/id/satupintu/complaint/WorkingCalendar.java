package id.satupintu.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Indonesian working days: Monday to Friday except national holidays and cuti bersama, read from
 * {@code calendar/holidays-id.csv}. Outside the years the table covers only weekends are skipped,
 * and the log says so once per year.
 */
class WorkingCalendar {

    static final String HOLIDAYS = "calendar/holidays-id.csv";

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final Set<LocalDate> holidays;
    private final Set<Integer> coveredYears = new TreeSet<>();
    private final Set<Integer> warnedYears = Collections.synchronizedSet(new HashSet<>());

    WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
        holidays.forEach(d -> coveredYears.add(d.getYear()));
    }

    static WorkingCalendar fromClasspath() {
        try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(HOLIDAYS)) {
            if (in == null) {
                throw new IllegalStateException("Holiday table missing: " + HOLIDAYS);
            }
            var days = new HashSet<LocalDate>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
                    .forEach(line -> days.add(LocalDate.parse(line.substring(0, line.indexOf(',')))));
            return new WorkingCalendar(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isWorkingDay(LocalDate day) {
        if (!coveredYears.contains(day.getYear()) && warnedYears.add(day.getYear())) {
            log.warn("The holiday table has no entries for {}: counting only weekends as days off", day.getYear());
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The {@code n}-th working day after {@code start}: the day of receipt itself never counts, so
     * a report received on a Friday evening or a holiday starts counting on the next working day.
     */
    LocalDate plusWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}

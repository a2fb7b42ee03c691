package si.mama.portal.news.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A week as ISO 8601 counts it (Monday to Sunday; week 1 holds the year's first Thursday), the way Slovenian
 * calendars number weeks: 29 December 2025 is in week 1 of 2026. One issue of the news per week.
 */
public record IsoWeek(int year, int week) {

    public IsoWeek {
        if (week < 1 || week > 53 || week > weeksIn(year)) {
            throw new IllegalArgumentException("No week " + week + " in " + year);
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return of(day).equals(this);
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}

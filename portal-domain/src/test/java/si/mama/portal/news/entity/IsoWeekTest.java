package si.mama.portal.news.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsoWeekTest {

    @Test
    void theLastDaysOfDecemberMayBelongToTheNextYearsFirstWeek() {
        assertEquals(new IsoWeek(2026, 1), IsoWeek.of(LocalDate.of(2025, 12, 29)));
        assertEquals(new IsoWeek(2026, 53), IsoWeek.of(LocalDate.of(2027, 1, 3)));
        assertEquals(new IsoWeek(2026, 48), IsoWeek.of(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void aWeekRunsFromMondayToSunday() {
        IsoWeek week = new IsoWeek(2026, 1);
        assertEquals(LocalDate.of(2025, 12, 29), week.monday());
        assertEquals(LocalDate.of(2026, 1, 4), week.sunday());
        assertTrue(week.contains(LocalDate.of(2026, 1, 4)));
        assertFalse(week.contains(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void onlyLongYearsHaveAWeek53() {
        assertEquals(53, new IsoWeek(2026, 53).week());
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2025, 53));
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2026, 0));
    }
}

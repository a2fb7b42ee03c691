package si.mama.portal.plan.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressStatusTest {

    private static final BigDecimal TWELVE = new BigDecimal("12.00");

    private static BigDecimal expected(Integer from, Integer to, LocalDate today) {
        return ProgressStatus.expected(TWELVE, 2021, from, to, today);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                () -> "expected " + expected + " but was " + actual);
    }

    private static ProgressStatus status(String actual, Integer from, Integer to, LocalDate today) {
        return ProgressStatus.of(TWELVE, actual == null ? null : new BigDecimal(actual), 2021, from, to, today);
    }

    // ---- the expected share -------------------------------------------------------------------------------------

    @Test
    void theExpectedShareGrowsEvenlyOverTheYearByCompletedMonths() {
        assertAmount("0", expected(1, 12, LocalDate.of(2021, 1, 31)));
        assertAmount("1", expected(1, 12, LocalDate.of(2021, 2, 1)));
        assertAmount("3", expected(1, 12, LocalDate.of(2021, 4, 15)));
        assertAmount("11", expected(1, 12, LocalDate.of(2021, 12, 31)));
    }

    @Test
    void anActivityWithoutMonthsIsSpreadOverTheWholeYear() {
        assertAmount("3", expected(null, null, LocalDate.of(2021, 4, 15)));
        assertAmount("6", expected(null, null, LocalDate.of(2021, 7, 1)));
    }

    @Test
    void theExpectedShareGrowsOverTheActivitysOwnMonths() {
        assertAmount("0", expected(3, 4, LocalDate.of(2021, 3, 20)));
        assertAmount("6", expected(3, 4, LocalDate.of(2021, 4, 10)));
        assertAmount("12", expected(3, 4, LocalDate.of(2021, 5, 1)));
        assertAmount("12", expected(3, 4, LocalDate.of(2021, 11, 1))); // never more than the target
        assertAmount("4", expected(4, 6, LocalDate.of(2021, 5, 31)));
    }

    @Test
    void nothingIsExpectedBeforeThePeriod() {
        assertAmount("0", expected(3, 4, LocalDate.of(2021, 1, 10)));
        assertAmount("0", expected(3, 4, LocalDate.of(2021, 2, 28)));
    }

    @Test
    void theWholeTargetIsExpectedAfterThePlanYear() {
        assertAmount("12", expected(1, 12, LocalDate.of(2022, 1, 1)));
        assertAmount("12", expected(3, 4, LocalDate.of(2023, 6, 1)));
        assertAmount("12", expected(null, null, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void nothingIsExpectedBeforeThePlanYear() {
        assertAmount("0", expected(1, 12, LocalDate.of(2020, 12, 31)));
        assertAmount("0", expected(null, null, LocalDate.of(2020, 6, 1)));
    }

    @Test
    void unevenSharesAreNotRoundedAway() {
        BigDecimal share = ProgressStatus.expected(new BigDecimal("10"), 2021, 1, 3, LocalDate.of(2021, 2, 15));
        assertTrue(share.compareTo(new BigDecimal("3.33")) > 0 && share.compareTo(new BigDecimal("3.34")) < 0,
                share::toPlainString);
    }

    // ---- the status ---------------------------------------------------------------------------------------------

    @Test
    void aReachedTargetIsAchieved() {
        LocalDate april = LocalDate.of(2021, 4, 15);
        assertEquals(ProgressStatus.ACHIEVED, status("12", 1, 12, april));
        assertEquals(ProgressStatus.ACHIEVED, status("15", 1, 12, april));
        assertEquals(ProgressStatus.ACHIEVED, status("12", 6, 7, april), "even before the activity starts");
        assertEquals(ProgressStatus.ACHIEVED, status("12", 1, 12, LocalDate.of(2020, 12, 1)));
        assertEquals(ProgressStatus.ACHIEVED, status("12", 1, 12, LocalDate.of(2022, 3, 1)));
    }

    @Test
    void belowTheExpectedShareIsBehind() {
        LocalDate april = LocalDate.of(2021, 4, 15);
        assertEquals(ProgressStatus.BEHIND, status("2.99", 1, 12, april));
        assertEquals(ProgressStatus.BEHIND, status("0", 1, 12, april));
        assertEquals(ProgressStatus.BEHIND, status(null, 1, 12, april), "no figure although one is due");
        assertEquals(ProgressStatus.BEHIND, status("5", 3, 4, LocalDate.of(2021, 4, 10)));
        assertTrue(ProgressStatus.BEHIND.isBehind());
        assertFalse(ProgressStatus.ON_TRACK.isBehind());
    }

    @Test
    void atLeastTheExpectedShareIsOnTrack() {
        LocalDate april = LocalDate.of(2021, 4, 15);
        assertEquals(ProgressStatus.ON_TRACK, status("3", 1, 12, april));
        assertEquals(ProgressStatus.ON_TRACK, status("11.99", 1, 12, april));
        assertEquals(ProgressStatus.ON_TRACK, status("6", 3, 4, LocalDate.of(2021, 4, 10)));
    }

    @Test
    void beforeThePeriodNothingIsDue() {
        assertEquals(ProgressStatus.NOT_DUE, status(null, 3, 4, LocalDate.of(2021, 2, 10)));
        assertEquals(ProgressStatus.NOT_DUE, status("1", 3, 4, LocalDate.of(2021, 3, 31)),
                "in the first month nothing is complete yet");
        assertEquals(ProgressStatus.NOT_DUE, status(null, 1, 12, LocalDate.of(2021, 1, 20)));
    }

    @Test
    void aFuturePlanYearIsNotDue() {
        assertEquals(ProgressStatus.NOT_DUE, status(null, 1, 12, LocalDate.of(2020, 11, 1)));
        assertEquals(ProgressStatus.NOT_DUE, status("3", null, null, LocalDate.of(2020, 11, 1)));
    }

    @Test
    void aPastPlanYearExpectsTheWholeTarget() {
        LocalDate nextYear = LocalDate.of(2022, 2, 1);
        assertEquals(ProgressStatus.BEHIND, status("11.99", 1, 12, nextYear));
        assertEquals(ProgressStatus.BEHIND, status(null, 3, 4, nextYear));
        assertEquals(ProgressStatus.ACHIEVED, status("12.00", 3, 4, nextYear));
    }
}

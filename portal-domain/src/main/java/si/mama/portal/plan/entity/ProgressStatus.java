package si.mama.portal.plan.entity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * How a target stands in a given month. The share of a target expected by now grows evenly over the
 * months of its activity (the whole year when the activity has no months): by the start of month m,
 * the months of the period before m should be done.
 */
public enum ProgressStatus {
    /** The target is reached. */
    ACHIEVED,
    /** At least the share expected by now is reached. */
    ON_TRACK,
    /** Less than the share expected by now, or no figure although one is due. */
    BEHIND,
    /** The activity has not started yet and nothing is due. */
    NOT_DUE;

    public static ProgressStatus of(BigDecimal target, BigDecimal actual, int planYear, Integer monthFrom,
                                    Integer monthTo, LocalDate today) {
        if (actual != null && actual.compareTo(target) >= 0) {
            return ACHIEVED;
        }
        BigDecimal expected = expected(target, planYear, monthFrom, monthTo, today);
        if (expected.signum() == 0) {
            return NOT_DUE;
        }
        return actual != null && actual.compareTo(expected) >= 0 ? ON_TRACK : BEHIND;
    }

    /** The part of {@code target} that should be reached by the start of today's month. */
    public static BigDecimal expected(BigDecimal target, int planYear, Integer monthFrom, Integer monthTo,
                                      LocalDate today) {
        int from = monthFrom == null ? 1 : monthFrom;
        int to = monthTo == null ? 12 : monthTo;
        int monthsDone;
        if (today.getYear() < planYear) {
            monthsDone = 0;
        } else if (today.getYear() > planYear) {
            monthsDone = to - from + 1;
        } else {
            monthsDone = Math.max(0, Math.min(today.getMonthValue() - from, to - from + 1));
        }
        return target.multiply(BigDecimal.valueOf(monthsDone))
                .divide(BigDecimal.valueOf(to - from + 1L), MathContext.DECIMAL64);
    }

    public boolean isBehind() {
        return this == BEHIND;
    }
}

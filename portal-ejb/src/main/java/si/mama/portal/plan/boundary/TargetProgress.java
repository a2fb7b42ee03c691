package si.mama.portal.plan.boundary;

import si.mama.portal.plan.entity.PlanActivity;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.plan.entity.ProgressStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Where one quantitative target stands: its actual, where the actual comes from, and whether it is behind. */
public final class TargetProgress implements Serializable {

    /** Where the actual comes from. */
    public enum Source {
        /** Computed from the portal's data by a named measure. */
        MEASURE,
        /** Entered by the office. */
        ENTERED,
        /** No figure yet. */
        NONE,
        /** The target names a measure no feature provides. */
        MEASURE_MISSING
    }

    private final PlanTarget target;
    private final BigDecimal actual;
    private final LocalDate measuredOn;
    private final String evidence;
    private final Source source;
    private final BigDecimal expected;
    private final ProgressStatus status;

    TargetProgress(PlanTarget target, BigDecimal actual, LocalDate measuredOn, String evidence, Source source,
                   LocalDate asOf) {
        this.target = target;
        this.actual = actual;
        this.measuredOn = measuredOn;
        this.evidence = evidence;
        this.source = source;
        PlanActivity activity = target.getActivity();
        int year = target.getPlan().getYear();
        this.expected = ProgressStatus.expected(target.getValue(), year, activity.getMonthFrom(),
                activity.getMonthTo(), asOf);
        this.status = ProgressStatus.of(target.getValue(), actual, year, activity.getMonthFrom(),
                activity.getMonthTo(), asOf);
    }

    public PlanTarget getTarget() {
        return target;
    }

    public PlanActivity getActivity() {
        return target.getActivity();
    }

    public PlanSection getArea() {
        return target.getActivity().getArea();
    }

    public BigDecimal getActual() {
        return actual;
    }

    public String getActualText() {
        return actual == null ? null : actual.stripTrailingZeros().toPlainString();
    }

    public String getExpectedText() {
        return expected.setScale(expected.scale() > 0 ? 1 : 0, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public Source getSource() {
        return source;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public boolean isBehind() {
        return status.isBehind();
    }

    /** The actual as a share of the target, 0–100 (capped: a surpassed target is 100 %). */
    public int getPercent() {
        if (actual == null) {
            return 0;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target.getValue(), 0, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100)).intValue();
    }

    /** The share expected by now, 0–100, to draw the "should be here" mark. */
    public int getExpectedPercent() {
        return expected.multiply(BigDecimal.valueOf(100)).divide(target.getValue(), 0, RoundingMode.DOWN).intValue();
    }
}

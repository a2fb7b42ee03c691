package si.mama.portal.plan.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative target: a number, its unit and what is counted ("4 usposabljanj: izvedena usposabljanja"),
 * optionally fed by a named measure computed from the portal's own data.
 */
public record TargetDetails(BigDecimal value, String unit, String counted, String measure) {

    public static final int UNIT_MAX = 60;
    public static final int COUNTED_MAX = 300;
    public static final int MEASURE_MAX = 64;
    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    public TargetDetails {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new PlanRuleViolation("targetValue");
        }
        value = value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        unit = PlanText.required(unit, "unit", UNIT_MAX);
        counted = PlanText.required(counted, "counted", COUNTED_MAX);
        measure = PlanText.optional(measure, "measure", MEASURE_MAX);
    }
}

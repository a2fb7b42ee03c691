package si.mama.portal.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Objects;

/** A quantitative indicator of an activity: the number to reach, its unit, what is counted, and its measure if any. */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends PlanItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private PlanActivity activity;

    @Column(name = "target_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, length = TargetDetails.UNIT_MAX)
    private String unit;

    @Column(nullable = false, length = TargetDetails.COUNTED_MAX)
    private String counted;

    @Column(length = TargetDetails.MEASURE_MAX)
    private String measure;

    protected PlanTarget() {
        // for JPA
    }

    PlanTarget(Plan plan, PlanActivity activity, String key, int position, TargetDetails details) {
        super(plan, key, position);
        this.activity = Objects.requireNonNull(activity, "activity");
        update(details);
    }

    void update(TargetDetails details) {
        this.value = details.value();
        this.unit = details.unit();
        this.counted = details.counted();
        this.measure = details.measure();
    }

    public TargetDetails details() {
        return new TargetDetails(value, unit, counted, measure);
    }

    PlanTarget copyInto(Plan target, PlanActivity activityCopy) {
        return new PlanTarget(target, activityCopy, getKey(), getPosition(), details());
    }

    @Override
    public LinkedHashMap<String, String> content() {
        LinkedHashMap<String, String> content = new LinkedHashMap<>();
        content.put("value", value.stripTrailingZeros().toPlainString());
        content.put("unit", unit);
        content.put("counted", counted);
        content.put("measure", PlanText.nonNull(measure));
        return content;
    }

    @Override
    public String label() {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }

    @Override
    public String itemType() {
        return "TARGET";
    }

    @Override
    public String context() {
        return activity.getSection().getTitle() + " › " + activity.label();
    }

    public PlanActivity getActivity() {
        return activity;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** The value as people write it: 4, not 4.00. */
    public String getValueText() {
        return value.stripTrailingZeros().toPlainString();
    }

    public String getUnit() {
        return unit;
    }

    public String getCounted() {
        return counted;
    }

    public String getMeasure() {
        return measure;
    }
}

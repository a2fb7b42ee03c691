package si.mama.portal.plan.web;

import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.plan.entity.TargetDetails;

import java.io.Serializable;
import java.math.BigDecimal;

/** The dialog for one quantitative target: value, unit, what is counted, and an optional measure. */
public class TargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private long activityId;
    private BigDecimal value;
    private String unit;
    private String counted;
    private String measure;

    static TargetForm newIn(long activityId) {
        TargetForm form = new TargetForm();
        form.activityId = activityId;
        return form;
    }

    static TargetForm of(PlanTarget target) {
        TargetForm form = new TargetForm();
        form.id = target.getId();
        form.version = target.getVersion();
        form.activityId = target.getActivity().getId();
        form.value = target.getValue().stripTrailingZeros();
        form.unit = target.getUnit();
        form.counted = target.getCounted();
        form.measure = target.getMeasure();
        return form;
    }

    TargetDetails toDetails() {
        return new TargetDetails(value, unit, counted, measure);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getActivityId() {
        return activityId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getCounted() {
        return counted;
    }

    public void setCounted(String counted) {
        this.counted = counted;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }
}

package si.mama.portal.plan.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The office's figure for one target: value reached, as of which day, and the evidence. */
public class ActualForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long targetId;
    private BigDecimal value;
    private LocalDate measuredOn;
    private String evidence;

    void reset(long targetId, LocalDate today) {
        this.targetId = targetId;
        this.value = null;
        this.measuredOn = today;
        this.evidence = null;
    }

    public long getTargetId() {
        return targetId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}

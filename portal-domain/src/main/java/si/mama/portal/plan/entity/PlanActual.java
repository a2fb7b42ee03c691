package si.mama.portal.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure the office entered for a target during the year ("3 trainings held by 12 May, see the report").
 * Keyed by year and the target's stable key, not by a plan version: the plan is versioned, progress is not.
 * The latest figure by date is the target's actual.
 */
@Entity
@Table(name = "plan_actual")
@NamedQuery(name = "PlanActual.ofYear", query = "select a from PlanActual a where a.year = :year"
        + " order by a.targetKey, a.measuredOn, a.id")
@NamedQuery(name = "PlanActual.ofTarget", query = "select a from PlanActual a where a.year = :year"
        + " and a.targetKey = :key order by a.measuredOn desc, a.id desc")
public class PlanActual implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int EVIDENCE_MAX = 1000;
    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "target_key", nullable = false, updatable = false, length = PlanItem.KEY_MAX)
    private String targetKey;

    @Column(name = "actual", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal value;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(length = EVIDENCE_MAX, updatable = false)
    private String evidence;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PlanActual() {
        // for JPA
    }

    public PlanActual(PlanTarget target, BigDecimal value, LocalDate measuredOn, String evidence, String recordedBy,
                      LocalDate today) {
        Objects.requireNonNull(target, "target");
        if (value == null || value.signum() < 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new PlanRuleViolation("actualValue");
        }
        if (measuredOn == null || measuredOn.isAfter(today)) {
            throw new PlanRuleViolation("actualDate");
        }
        if (measuredOn.getYear() != target.getPlan().getYear()) {
            throw new PlanRuleViolation("actualYear", target.getPlan().getYear());
        }
        this.year = target.getPlan().getYear();
        this.targetKey = target.getKey();
        this.value = value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.measuredOn = measuredOn;
        this.evidence = PlanText.optional(evidence, "evidence", EVIDENCE_MAX);
        this.recordedBy = PlanText.required(recordedBy, "recordedBy", 100);
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTargetKey() {
        return targetKey;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PlanActual actual && id != null && id.equals(actual.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PlanActual[" + id + ", " + targetKey + "=" + value + "]";
    }
}

package si.mama.portal.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One entry of a plan's audit trail: who added, changed, moved or removed which item, and when. */
@Entity
@Table(name = "plan_change")
@NamedQuery(name = "PlanChange.ofPlan", query = "select c from PlanChange c where c.plan = :plan order by c.id desc")
public class PlanChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened to the item. */
    public enum Action { CREATED, DESCRIBED, ADDED, CHANGED, REMOVED, MOVED }

    private static final int LABEL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "item_key", updatable = false, length = PlanItem.KEY_MAX)
    private String itemKey;

    @Column(name = "item_type", nullable = false, updatable = false, length = 16)
    private String itemType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Action action;

    @Column(nullable = false, updatable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected PlanChange() {
        // for JPA
    }

    /** A change of one item of {@code plan}. */
    public PlanChange(Plan plan, PlanItem item, Action action, String changedBy) {
        this(plan, item.getKey(), item.itemType(), item.label(), action, changedBy);
    }

    /** A change of the plan itself: created, or its title and introduction described. */
    public PlanChange(Plan plan, Action action, String changedBy) {
        this(plan, null, "PLAN", plan.getTitle(), action, changedBy);
    }

    private PlanChange(Plan plan, String itemKey, String itemType, String label, Action action, String changedBy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.itemKey = itemKey;
        this.itemType = Objects.requireNonNull(itemType, "itemType");
        this.label = label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX - 1) + "…" : label;
        this.action = Objects.requireNonNull(action, "action");
        this.changedBy = PlanText.required(changedBy, "changedBy", 100);
        this.changedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getItemType() {
        return itemType;
    }

    public Action getAction() {
        return action;
    }

    public String getLabel() {
        return label;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PlanChange change && id != null && id.equals(change.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PlanChange[" + id + ", " + action + " " + itemType + " " + itemKey + "]";
    }
}

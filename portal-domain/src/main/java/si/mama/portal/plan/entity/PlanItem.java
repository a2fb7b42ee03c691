package si.mama.portal.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.UUID;

/**
 * Any part of a plan: a section, a goal or indicator, an activity, a target. Its key stays the same
 * when the plan is copied to a new year or amended, which is what lets two versions be compared and
 * lets progress figures outlive an amendment.
 */
@MappedSuperclass
public abstract class PlanItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int KEY_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "item_key", nullable = false, updatable = false, length = KEY_MAX)
    private String key;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected PlanItem() {
        // for JPA
    }

    protected PlanItem(Plan plan, String key, int position) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.key = key == null ? newKey() : key;
        this.position = position;
    }

    static String newKey() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** What the item says, field by field, for comparing versions. */
    public abstract LinkedHashMap<String, String> content();

    /** AREA, PROJECT, PROGRAMME, GOAL, INDICATOR, ACTIVITY or TARGET. */
    public abstract String itemType();

    /** Where the item sits: the titles of what holds it, or empty for an area. */
    public abstract String context();

    /** A short human label: a title, or the start of a text. */
    public abstract String label();

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    protected static String shorten(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass()
                && id != null && id.equals(((PlanItem) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", " + key + "]";
    }
}

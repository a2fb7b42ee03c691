package si.mama.portal.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a centre's membership record, kept for good: who (user name and the name shown), when, which field
 * (a bundle key, with a subject such as the fee's year or the contact's role), and the old and new value. Values are
 * plain text, bundle keys (statuses, yes/no, roles) or ISO dates, so each reader sees them in their own language.
 */
@Entity
@Table(name = "centre_change")
public class CentreChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int VALUE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private Long centreId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false, length = 200, updatable = false)
    private String changedByName;

    @Column(nullable = false, length = 64, updatable = false)
    private String field;

    @Column(length = 100, updatable = false)
    private String subject;

    @Column(name = "old_value", length = VALUE_MAX, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX, updatable = false)
    private String newValue;

    protected CentreChange() {
        // for JPA
    }

    public CentreChange(long centreId, RecordSnapshot.FieldChange change, String by, String byName, Instant at) {
        this.centreId = centreId;
        this.field = change.field();
        this.subject = change.subject();
        this.oldValue = clip(change.oldValue());
        this.newValue = clip(change.newValue());
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedByName = byName == null || byName.isBlank() ? by : byName;
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getCentreId() {
        return centreId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public String getField() {
        return field;
    }

    public String getSubject() {
        return subject;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CentreChange change && id != null && id.equals(change.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

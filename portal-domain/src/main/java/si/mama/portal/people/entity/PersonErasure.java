package si.mama.portal.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * That the office erased a person: which person row of which centre, when and by whom. It deliberately keeps nothing
 * of who the person was (no name, no address): the row is the proof that an erasure happened, not a copy of what was
 * erased. Network data, written only by the office's erasure.
 */
@Entity
@Table(name = "person_erasure")
public class PersonErasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private Long centreId;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @Column(name = "erased_by", nullable = false, updatable = false, length = 100)
    private String erasedBy;

    @Column(name = "account_deleted", nullable = false, updatable = false)
    private boolean accountDeleted;

    protected PersonErasure() {
        // for JPA
    }

    public PersonErasure(long personId, long centreId, Instant erasedAt, String erasedBy, boolean accountDeleted) {
        this.personId = personId;
        this.centreId = centreId;
        this.erasedAt = Objects.requireNonNull(erasedAt, "erasedAt");
        this.erasedBy = Objects.requireNonNull(erasedBy, "erasedBy");
        this.accountDeleted = accountDeleted;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public boolean isAccountDeleted() {
        return accountDeleted;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PersonErasure erasure && id != null && id.equals(erasure.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

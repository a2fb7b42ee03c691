package si.mama.portal.stewardship.entity;

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
import si.mama.portal.centre.entity.Centre;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One call or e-mail of the office with a centre, in one line, so that "last contact" is true. Office data. */
@Entity
@Table(name = "contact_log")
@NamedQuery(name = "ContactLogEntry.ofCentre", query = "select c from ContactLogEntry c where c.centre = :centre"
        + " order by c.contactedOn desc, c.id desc")
public class ContactLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(name = "contacted_on", nullable = false, updatable = false)
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ContactKind kind;

    @Column(nullable = false, length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "noted_by", nullable = false, length = 100, updatable = false)
    private String notedBy;

    @Column(name = "noted_by_name", nullable = false, length = 200, updatable = false)
    private String notedByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ContactLogEntry() {
        // for JPA
    }

    public ContactLogEntry(Centre centre, LocalDate contactedOn, ContactKind kind, String note, String by, String byName,
                           LocalDate today) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.contactedOn = Objects.requireNonNull(contactedOn, "contactedOn");
        if (contactedOn.isAfter(today)) {
            throw new StewardshipRuleViolation("contactInFuture", contactedOn);
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.note = Texts.required(note == null ? null : note.replace('\n', ' '), NOTE_MAX, "noteMissing");
        this.notedBy = Objects.requireNonNull(by, "by");
        this.notedByName = byName == null || byName.isBlank() ? by : byName;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Centre getCentre() {
        return centre;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public ContactKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getNotedByName() {
        return notedByName;
    }
}

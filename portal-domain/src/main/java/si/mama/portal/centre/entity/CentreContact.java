package si.mama.portal.centre.entity;

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
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One of a centre's contact people (director, contact person, accounting, other): a name, an e-mail, a phone. */
@Entity
@Table(name = "centre_contact")
public class CentreContact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContactRole role;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    protected CentreContact() {
        // for JPA
    }

    CentreContact(Centre centre, ContactRole role, String name, String email, String phone) {
        this.centre = Objects.requireNonNull(centre, "centre");
        change(role, name, email, phone);
    }

    void change(ContactRole role, String name, String email, String phone) {
        if (role == null) {
            throw new MembershipRuleViolation("contactRole", "required");
        }
        String checkedName = RecordTexts.required(name, 200, "contactName");
        String checkedEmail = RecordTexts.email(email, "contactEmail");
        String checkedPhone = RecordTexts.optional(phone, 40, "contactPhone");
        this.role = role;
        this.name = checkedName;
        this.email = checkedEmail;
        this.phone = checkedPhone;
    }

    /** "Ana Novak, ana@mc.example.org, 041 000 000": what the change history shows of a contact. */
    public String describe() {
        return Stream.of(name, email, phone).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public ContactRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CentreContact contact && id != null && id.equals(contact.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

package si.mama.portal.academy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate of attendance for one registration, with the hours attended and a code anyone can check at
 * the public verification address. The code is random and not guessable; it is the only key to the page.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
@NamedQuery(name = "Certificate.ofRegistrations", query = "select c from Certificate c where c.registrationId in :ids")
public class Certificate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private Long registrationId;

    @Column(nullable = false, updatable = false, length = 16)
    private String code;

    @Column(nullable = false, updatable = false, precision = 6, scale = 2)
    private BigDecimal hours;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected Certificate() {
        // for JPA
    }

    public Certificate(long registrationId, BigDecimal hours, String issuedBy) {
        if (hours == null || hours.signum() <= 0) {
            throw new AcademyRuleViolation("noAttendance");
        }
        this.registrationId = registrationId;
        this.hours = hours;
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Instant.now();
        this.code = newCode();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Certificate certificate && id != null && id.equals(certificate.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

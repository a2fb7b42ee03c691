package si.mama.portal.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who asked for the weekly news: an address (verified when they subscribed), the language of their mails, and
 * a random token that unsubscribes them from a link in any mail without signing in. Opt-in only: a row exists
 * only because the person chose it.
 */
@Entity
@Table(name = "news_subscription")
@NamedQuery(name = "NewsSubscription.byEmail", query = "select s from NewsSubscription s where s.email = :email")
@NamedQuery(name = "NewsSubscription.byToken", query = "select s from NewsSubscription s where s.token = :token")
@NamedQuery(name = "NewsSubscription.all", query = "select s from NewsSubscription s order by s.id")
@NamedQuery(name = "NewsSubscription.count", query = "select count(s) from NewsSubscription s")
public class NewsSubscription implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Set<String> LANGUAGES = Set.of("sl", "en");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NewsSubscription() {
        // for JPA
    }

    /** {@code personId} and {@code centreId} link a centre's person; both are {@code null} for the office. */
    public NewsSubscription(String email, String language, Long personId, Long centreId) {
        this.email = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        if (this.email.isEmpty() || !this.email.contains("@")) {
            throw new IllegalArgumentException("Not an address: " + email);
        }
        changeLanguage(language);
        this.personId = personId;
        this.centreId = centreId;
        this.token = newToken();
    }

    public void changeLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new NewsRuleViolation("unknownLanguage", language);
        }
        this.language = language;
    }

    @PrePersist
    void stampCreated() {
        createdAt = Instant.now();
    }

    /** 32 random bytes as hex: unguessable, and safe in a URL as it is. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String getToken() {
        return token;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewsSubscription subscription && id != null && id.equals(subscription.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "NewsSubscription[" + id + "]";
    }
}

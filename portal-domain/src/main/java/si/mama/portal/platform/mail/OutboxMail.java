package si.mama.portal.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One mail of the outbox. It is stored in the transaction of the change it tells about and sent later by a job,
 * so a slow or failing SMTP server never blocks or loses that change. A failed attempt is retried with
 * exponential back-off ({@link #backOff}); after {@value #MAX_ATTEMPTS} attempts the mail is given up, with the
 * last error kept for the office to see, and the office may send it again ({@link #retry}).
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMail.countByKey", query = "select count(m) from OutboxMail m where m.dedupeKey = :key")
public class OutboxMail implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(2);
    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String text;

    @Column(updatable = false)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    /** A mail to send as soon as the job comes by; {@code calendar} is an iCalendar text or {@code null}. */
    public OutboxMail(String dedupeKey, String recipient, String language, String subject, String text, String calendar,
                      Instant now) {
        this.dedupeKey = requireText(dedupeKey, "dedupeKey");
        this.recipient = requireText(recipient, "recipient");
        this.language = requireText(language, "language");
        this.subject = requireText(subject, "subject");
        this.text = requireText(text, "text");
        this.calendar = calendar;
        this.status = MailStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** Whether the job may send it now. */
    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the mail for one sending attempt: moves the next attempt ahead by {@code lease}, so no other run of
     * the job (on this or another server) sends it meanwhile. Should the server stop mid-attempt, the mail is due
     * again when the lease ends: a mail is sent at least once, never lost.
     */
    public boolean claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            return false;
        }
        nextAttemptAt = now.plus(lease);
        return true;
    }

    public void sent(Instant now) {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not pending");
        }
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: try again after the back-off, or give up after {@value #MAX_ATTEMPTS} attempts. */
    public void failed(String error, Instant now) {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not pending");
        }
        attempts++;
        lastError = error == null || error.isBlank() ? "unknown error"
                : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backOff(attempts));
        }
    }

    /**
     * The office sends a given-up mail again: it is pending and due at once, with a full new round of
     * {@value #MAX_ATTEMPTS} attempts. The last error stays until the next attempt replaces it, so the office still
     * sees why the mail failed until then. Only a failed mail can be sent again.
     */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not failed");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = Objects.requireNonNull(now, "now");
    }

    /** The wait after the n-th failed attempt: 30 s, 1 min, 2 min, 4 min, … at most two hours. */
    static Duration backOff(int failedAttempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A mail needs a " + name);
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getCalendar() {
        return calendar;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OutboxMail mail && id != null && id.equals(mail.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "OutboxMail[" + id + " " + dedupeKey + " " + status + "]";
    }
}

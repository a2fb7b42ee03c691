package si.mama.portal.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.platform.entity.Timestamped;

import java.time.Instant;
import java.util.Objects;

/**
 * The office's decisions on a submitted practice: publish it (and whether anyone may see it, signed in or not), ask
 * the centre for changes with a note, or take it out of the catalogue again.
 * <p>
 * Why an entity of its own on the {@code practice} table rather than plain SQL updates: the office works across
 * centres, and {@link Practice} is centre-owned, so the office cannot load it; yet these decisions are rules
 * (which status may follow which, a request for changes needs a note) that belong in an entity like every other
 * rule. This entity maps only the review columns and the status. It is not multitenant, so only the office's
 * boundary may use it (it checks the role and never loads a draft); the title and centre are read-only here, and
 * the centre's text and files cannot be written through it. It shares the row's {@code version} with
 * {@link Practice}, so an office decision and a centre's edit of the same row never silently overwrite each other.
 */
@Entity
@Table(name = "practice")
public class PracticeReview extends Timestamped {

    public static final int NOTE_MAX = 2000;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id", insertable = false, updatable = false)
    private Centre centre;

    @Column(insertable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status;

    @Column(name = "public_visible", nullable = false)
    private boolean publicVisible;

    @Column(name = "review_note", length = NOTE_MAX)
    private String reviewNote;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected PracticeReview() {
        // for JPA: the office never creates a practice
    }

    /** Puts it in the catalogue for members; {@code shownPublicly} also for visitors who are not signed in. */
    public void publish(boolean shownPublicly, String by, Instant at) {
        move(PracticeStatus.PUBLISHED, "notSubmitted", by, at);
        publicVisible = shownPublicly;
        reviewNote = null;
        publishedAt = at;
    }

    /** Sends it back to the centre with what to change; the centre edits and submits again. */
    public void requestChanges(String note, String by, Instant at) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new PracticeRuleViolation("noteRequired");
        }
        if (text.length() > NOTE_MAX) {
            throw new PracticeRuleViolation("noteTooLong", NOTE_MAX);
        }
        move(PracticeStatus.CHANGES_REQUESTED, "notSubmitted", by, at);
        reviewNote = text;
    }

    /** Takes a published practice out of the catalogue (and off the public page); it may be published again. */
    public void withdraw(String by, Instant at) {
        move(PracticeStatus.WITHDRAWN, "notPublished", by, at);
    }

    /** Shows a published practice to visitors who are not signed in, or stops showing it. */
    public void showPublicly(boolean shown, String by, Instant at) {
        if (status != PracticeStatus.PUBLISHED) {
            throw new PracticeRuleViolation("notPublished");
        }
        publicVisible = shown;
        reviewedBy = Objects.requireNonNull(by, "by");
        reviewedAt = Objects.requireNonNull(at, "at");
    }

    private void move(PracticeStatus next, String rule, String by, Instant at) {
        if (!status.mayBecome(next)) {
            throw new PracticeRuleViolation(rule);
        }
        status = next;
        reviewedBy = Objects.requireNonNull(by, "by");
        reviewedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Centre getCentre() {
        return centre;
    }

    public String getTitle() {
        return title;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PracticeReview review && id != null && id.equals(review.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PracticeReview[" + id + ", " + status + "]";
    }
}

package si.mama.portal.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ReadOnly;
import si.mama.portal.centre.entity.Centre;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The read-only view of practices across centres: the catalogue members and the public read, and the office's
 * review list. Deliberately not multitenant, so only the catalogue and the office's boundary use it, and each of
 * them decides which statuses a caller may see (a draft never leaves its centre); centres write {@link Practice}.
 */
@Entity
@ReadOnly
@Table(name = "practice")
public class PracticeListing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    private String title;

    private String summary;

    private String topic;

    @Column(name = "target_group")
    private String targetGroup;

    private String partners;

    /** The column as stored ({@code ,SCHOOL,NGO,}); queries filter on it. */
    @Column(name = "partner_types")
    private String partnerTypes;

    private String results;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private PracticeStatus status;

    @Column(name = "public_visible")
    private boolean publicVisible;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    private long version;

    @OneToMany(mappedBy = "practice")
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<PracticeAttachmentListing> attachments = new ArrayList<>();

    protected PracticeListing() {
        // for JPA
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

    public String getSummary() {
        return summary;
    }

    public String getTopic() {
        return topic;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getPartners() {
        return partners;
    }

    public Set<PartnerType> getPartnerTypes() {
        return PartnerTypesConverter.parse(partnerTypes);
    }

    /** The partner types in the enum's order, for a page to list. */
    public List<PartnerType> getPartnerTypeList() {
        return List.copyOf(getPartnerTypes());
    }

    public String getResults() {
        return results;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PracticeStatus.PUBLISHED;
    }

    /** Shown to visitors who are not signed in: published and marked public by the office. */
    public boolean isShownPublicly() {
        return isPublished() && publicVisible;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<PracticeAttachmentListing> getAttachments() {
        return List.copyOf(attachments);
    }

    public List<PracticeAttachmentListing> getImages() {
        return attachments.stream().filter(PracticeAttachmentListing::isImage).toList();
    }

    public List<PracticeAttachmentListing> getDocuments() {
        return attachments.stream().filter(attachment -> !attachment.isImage()).toList();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PracticeListing listing && id != null && id.equals(listing.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PracticeListing[" + id + ", " + status + "]";
    }
}

package si.mama.portal.practice.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;
import si.mama.portal.platform.entity.Timestamped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A centre's good practice as the centre writes it. Centre-owned: EclipseLink adds the current centre to every
 * query and fills it on insert, so a centre reaches only its own practices, drafts included. The centre edits text
 * and files while the practice is a draft or the office asked for changes, and submits it when it is complete.
 * The office's decisions (publish, ask for changes, withdraw, show publicly) are made on {@link PracticeReview};
 * their columns are read-only here.
 */
@Entity
@Table(name = "practice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = "Practice.mine", query = "select p from Practice p order by p.updatedAt desc, p.id desc")
public class Practice extends Timestamped {

    /** A few photos and a report or two; more belongs on the centre's own website. */
    public static final int MAX_ATTACHMENTS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = PracticeDetails.TITLE_MAX)
    private String title;

    private String summary;

    @Column(length = PracticeDetails.TOPIC_MAX)
    private String topic;

    @Column(name = "target_group", length = PracticeDetails.TARGET_GROUP_MAX)
    private String targetGroup;

    @Column(length = PracticeDetails.PARTNERS_MAX)
    private String partners;

    @Convert(converter = PartnerTypesConverter.class)
    @Column(name = "partner_types", nullable = false, length = 200)
    private Set<PartnerType> partnerTypes = EnumSet.noneOf(PartnerType.class);

    private String results;

    @Column(name = "contact_name", length = PracticeDetails.CONTACT_NAME_MAX)
    private String contactName;

    @Column(name = "contact_email", length = PracticeDetails.EMAIL_MAX)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "public_visible", insertable = false, updatable = false)
    private boolean publicVisible;

    @Column(name = "review_note", insertable = false, updatable = false)
    private String reviewNote;

    @Column(name = "reviewed_at", insertable = false, updatable = false)
    private Instant reviewedAt;

    @Column(name = "published_at", insertable = false, updatable = false)
    private Instant publishedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PracticeAttachment> attachments = new ArrayList<>();

    protected Practice() {
        // for JPA
    }

    /** A new draft of the current centre. */
    public Practice(PracticeDetails details) {
        this.status = PracticeStatus.DRAFT;
        apply(details);
    }

    public void update(PracticeDetails details) {
        requireEditable();
        apply(details);
    }

    private void apply(PracticeDetails details) {
        Objects.requireNonNull(details, "details");
        this.title = details.title();
        this.summary = details.summary();
        this.topic = details.topic();
        this.targetGroup = details.targetGroup();
        this.partners = details.partners();
        this.partnerTypes = details.partnerTypes();
        this.results = details.results();
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
    }

    /** Hands the practice to the office: refused when it is not the centre's to hand over or still incomplete. */
    public void submit(Instant at) {
        if (!status.mayBecome(PracticeStatus.SUBMITTED)) {
            throw new PracticeRuleViolation("alreadySubmitted");
        }
        List<String> missing = details().missingForSubmission();
        if (!missing.isEmpty()) {
            throw new PracticeRuleViolation("incomplete", missing.size());
        }
        status = PracticeStatus.SUBMITTED;
        submittedAt = Objects.requireNonNull(at, "at");
    }

    public PracticeAttachment attach(AttachmentFile file) {
        requireEditable();
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new PracticeRuleViolation("tooManyAttachments", MAX_ATTACHMENTS);
        }
        PracticeAttachment attachment = new PracticeAttachment(this, file);
        attachments.add(attachment);
        return attachment;
    }

    /** Removes one of its files; false when it has no such file. */
    public boolean detach(long attachmentId) {
        requireEditable();
        return attachments.removeIf(attachment -> attachment.getId() != null && attachment.getId() == attachmentId);
    }

    /** Only a draft that never reached the office may be thrown away; after that the office keeps its history. */
    public void requireDiscardable() {
        if (status != PracticeStatus.DRAFT) {
            throw new PracticeRuleViolation("notDraft");
        }
    }

    public void requireEditable() {
        if (!status.isEditableByCentre()) {
            throw new PracticeRuleViolation("notEditable");
        }
    }

    public boolean isEditable() {
        return status.isEditableByCentre();
    }

    public PracticeDetails details() {
        return new PracticeDetails(title, summary, topic, targetGroup, partners, partnerTypes, results, contactName,
                contactEmail);
    }

    public Optional<PracticeAttachment> attachment(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst();
    }

    public Long getId() {
        return id;
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
        return partnerTypes.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(partnerTypes);
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

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }

    /** The office's note with its last request for changes. */
    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<PracticeAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Practice practice && id != null && id.equals(practice.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Practice[" + id + ", " + status + "]";
    }
}

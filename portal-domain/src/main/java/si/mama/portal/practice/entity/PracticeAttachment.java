package si.mama.portal.practice.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A photo or document of a centre's practice, stored in the database with the practice (a few per practice, at
 * most 5 MB each). Centre-owned like its practice. Its bytes are loaded only when asked for.
 */
@Entity
@Table(name = "practice_attachment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class PracticeAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Column(name = "file_name", nullable = false, updatable = false, length = AttachmentFile.NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PracticeAttachment() {
        // for JPA
    }

    PracticeAttachment(Practice practice, AttachmentFile file) {
        this.practice = Objects.requireNonNull(practice, "practice");
        this.fileName = file.fileName();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.size();
        this.content = file.content();
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public boolean isImage() {
        return AttachmentType.ofContentType(contentType).map(AttachmentType::isImage).orElse(false);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PracticeAttachment attachment && id != null && id.equals(attachment.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PracticeAttachment[" + id + ", " + contentType + "]";
    }
}

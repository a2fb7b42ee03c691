package si.mama.portal.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a page says about a practice's file (name, kind, size), read with {@link PracticeListing}. The bytes are not
 * mapped: the catalogue reads them alone, for one file, after it has decided the caller may see the practice.
 */
@Entity
@ReadOnly
@Table(name = "practice_attachment")
public class PracticeAttachmentListing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id")
    private PracticeListing practice;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PracticeAttachmentListing() {
        // for JPA
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

    /** The size for people: "840 kB", "2,4 MB". */
    public String getSizeText() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB"
                : String.format(java.util.Locale.forLanguageTag("sl"), "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    public boolean isImage() {
        return AttachmentType.ofContentType(contentType).map(AttachmentType::isImage).orElse(false);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PracticeAttachmentListing listing && id != null && id.equals(listing.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

package si.mama.portal.practice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.practice.entity.PartnerTypesConverter;
import si.mama.portal.practice.entity.PracticeAttachmentListing;
import si.mama.portal.practice.entity.PracticeListing;
import si.mama.portal.practice.entity.PracticeStatus;

import java.sql.Blob;
import java.sql.SQLException;
import java.util.List;

/**
 * The good-practice catalogue across centres, for members and the public: signed-in members (centres and the
 * office) read every published practice, everyone else the published ones the office marked public. It is the one
 * place that decides who reads which practice; a draft never leaves its centre through here. A centre also reads
 * its own practices in any status (checked against the signed-in user's centre, as the tenant filter would).
 */
@Stateless
public class PracticeCatalogue {

    private static final String VISIBLE = " from PracticeListing p join p.centre c where p.status = :published"
            + " and (:publicOnly = false or p.publicVisible = true)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The published practices the caller may read that match the filter, the most recently published first. */
    public List<PracticeListing> search(PracticeFilter filter) {
        TypedQuery<PracticeListing> query = em.createQuery("select p" + VISIBLE
                        + " and (:text is null or lower(p.title) like :text or lower(p.summary) like :text"
                        + " or lower(p.topic) like :text or lower(p.targetGroup) like :text or lower(p.partners) like :text"
                        + " or lower(p.results) like :text or lower(c.name) like :text or lower(c.municipality) like :text)"
                        + " and (:region is null or c.region = :region)"
                        + " and (:topic is null or p.topic = :topic)"
                        + " and (:partner is null or p.partnerTypes like :partner)"
                        + " order by p.publishedAt desc, p.id desc", PracticeListing.class)
                .setParameter("text", filter.textPattern())
                .setParameter("region", filter.region())
                .setParameter("topic", filter.topicOrNull())
                .setParameter("partner", filter.partnerType() == null ? null : PartnerTypesConverter.pattern(filter.partnerType()));
        return visible(query, filter.publicOnly()).getResultList();
    }

    /** The topics of the practices the caller may read, for the catalogue's filter. */
    public List<String> topics(boolean publicOnly) {
        return visible(em.createQuery("select distinct p.topic" + VISIBLE + " and p.topic is not null order by p.topic",
                String.class), publicOnly).getResultList();
    }

    /** One practice with its files, if the caller may read it; otherwise "not found", as if it did not exist. */
    public PracticeListing find(long id) {
        PracticeListing practice = em.find(PracticeListing.class, id);
        if (practice == null || !mayRead(practice)) {
            throw new NotFoundException("Practice", id);
        }
        practice.getAttachments();
        return practice;
    }

    /** One file of a practice the caller may read, with its bytes. */
    public AttachmentDownload attachment(long practiceId, long attachmentId) {
        PracticeAttachmentListing attachment = find(practiceId).getAttachments().stream()
                .filter(candidate -> candidate.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Practice attachment", attachmentId));
        // the bytes alone, for this one file: the listing never maps them
        Object content = em.createNativeQuery("select content from practice_attachment where id = ? and practice_id = ?")
                .setParameter(1, attachmentId).setParameter(2, practiceId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getSingleResult();
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), attachment.isImage(),
                bytes(content));
    }

    /** Whether the caller reads published practices that are not public: signed-in members, not visitors. */
    public boolean readsMembersCatalogue() {
        return currentUser.isOffice() || currentUser.isCentreUser();
    }

    private boolean mayRead(PracticeListing practice) {
        if (practice.isShownPublicly()) {
            return true;
        }
        if (currentUser.isOffice()) {
            return practice.getStatus().isSubmitted();
        }
        if (currentUser.isCentreUser()) {
            return practice.isPublished() || practice.getCentre().getId() == currentUser.centreId();
        }
        return false;
    }

    private <T> TypedQuery<T> visible(TypedQuery<T> query, boolean publicOnly) {
        return query.setParameter("published", PracticeStatus.PUBLISHED)
                .setParameter("publicOnly", publicOnly || !readsMembersCatalogue());
    }

    private static byte[] bytes(Object content) {
        if (content instanceof byte[] array) {
            return array;
        }
        if (content instanceof Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read a practice's file", e);
            }
        }
        throw new IllegalStateException("Unexpected file content " + (content == null ? null : content.getClass()));
    }
}

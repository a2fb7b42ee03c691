package si.mama.portal.practice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.practice.entity.AttachmentFile;
import si.mama.portal.practice.entity.Practice;
import si.mama.portal.practice.entity.PracticeAttachment;
import si.mama.portal.practice.entity.PracticeDetails;

import java.time.Instant;
import java.util.List;

/**
 * A centre's own good practices: everyone of the centre reads them, the centre admin writes them, adds photos and
 * documents, and submits them to the office. Runs under the tenant filter: another centre's practice, draft or not,
 * is "not found" here, by list or by id.
 */
@Stateless
@CentreScoped
public class Practices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The centre's practices in every status, the most recently changed first. */
    public List<Practice> mine() {
        requireCentreRole();
        return em.createNamedQuery("Practice.mine", Practice.class).getResultList();
    }

    /** One of the centre's practices with its files (their names and sizes; the bytes stay in the database). */
    public Practice find(long id) {
        requireCentreRole();
        Practice practice = load(id, LockModeType.NONE);
        practice.getAttachments().size();
        return practice;
    }

    public Practice create(PracticeDetails details) {
        currentUser.require(Role.CENTRE_ADMIN);
        Practice practice = new Practice(details);
        em.persist(practice);
        em.flush();
        return practice;
    }

    /** Saves an edit made on {@code version}; refused when someone saved in between or it is not editable now. */
    public Practice update(long id, long version, PracticeDetails details) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Practice practice = load(id, LockModeType.PESSIMISTIC_WRITE);
        requireVersion(practice, version);
        PortalException.guard(() -> practice.update(details));
        flush(practice);
        practice.getAttachments().size();
        return practice;
    }

    /** Hands the practice (as saved in {@code version}) to the office; refused while it is incomplete. */
    public Practice submit(long id, long version) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Practice practice = load(id, LockModeType.PESSIMISTIC_WRITE);
        requireVersion(practice, version);
        PortalException.guard(() -> practice.submit(Instant.now()));
        flush(practice);
        practice.getAttachments().size();
        return practice;
    }

    /**
     * Adds an uploaded file after checking it (kind by content, size, how many). The practice's row is locked, so
     * several files uploaded at once are counted one after the other.
     */
    public PracticeAttachment attach(long id, String fileName, byte[] content) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Practice practice = load(id, LockModeType.PESSIMISTIC_WRITE);
        PracticeAttachment attachment = PortalException.guard(() -> practice.attach(AttachmentFile.of(fileName, content)));
        em.flush();
        return attachment;
    }

    public void detach(long id, long attachmentId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Practice practice = load(id, LockModeType.PESSIMISTIC_WRITE);
        boolean removed = PortalException.guard(() -> practice.detach(attachmentId));
        if (!removed) {
            throw new NotFoundException("Practice attachment", attachmentId);
        }
        em.flush();
    }

    /** Throws away a draft the office never saw, with its files. */
    public void discard(long id) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Practice practice = load(id, LockModeType.PESSIMISTIC_WRITE);
        PortalException.guard(practice::requireDiscardable);
        em.remove(practice);
        em.flush();
    }

    private Practice load(long id, LockModeType lock) {
        Practice practice = em.find(Practice.class, id, lock);
        if (practice == null) {
            throw new NotFoundException("Practice", id);
        }
        return practice;
    }

    private static void requireVersion(Practice practice, long version) throws PortalException {
        if (practice.getVersion() != version) {
            throw new PortalException("practice.error.changedMeanwhile", null, practice.getTitle());
        }
    }

    private void flush(Practice practice) throws PortalException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PortalException("practice.error.changedMeanwhile", null, practice.getTitle());
        }
    }

    private void requireCentreRole() {
        currentUser.require(Role.CENTRE_ADMIN, Role.CENTRE_STAFF);
    }
}

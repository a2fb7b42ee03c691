package si.mama.portal.news.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsStatus;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.List;

/** The archive of sent issues, for every signed-in member of the network (office and centres); drafts stay the office's. */
@Stateless
public class NewsArchive {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The sent issues, the most recently sent first. */
    public Page<NewsIssue> sent(int first, int max) {
        requireMember();
        List<NewsIssue> rows = em.createNamedQuery("NewsIssue.lastSent", NewsIssue.class)
                .setParameter("sent", NewsStatus.SENT).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("select count(i) from NewsIssue i where i.status = :sent", Long.class)
                .setParameter("sent", NewsStatus.SENT).getSingleResult();
        return new Page<>(rows, total);
    }

    /** One sent issue as it was sent; a draft is "not found" here, as if it did not exist. */
    public NewsIssue issue(long id) {
        requireMember();
        NewsIssue issue = em.find(NewsIssue.class, id);
        if (issue == null || issue.isDraft()) {
            throw new NotFoundException("News issue", id);
        }
        issue.getItems();
        return issue;
    }

    private void requireMember() {
        if (!currentUser.isOffice() && !currentUser.isCentreUser()) {
            throw new AccessDeniedException("Caller " + currentUser.getUsername() + " is not a member of the network");
        }
    }
}

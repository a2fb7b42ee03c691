package si.mama.portal.news.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.news.entity.IsoWeek;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsStatus;
import si.mama.portal.news.entity.NewsSubscription;
import si.mama.portal.news.mail.NewsMail;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.MailSettings;
import si.mama.portal.platform.mail.Outbox;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The office's weekly news: office staff read every issue; the office admin opens this week's draft (gathered from
 * every feature's {@link NewsSource}), writes it, keeps or leaves out items and sends it, once, to every subscriber
 * in their language through the outbox.
 */
@Stateless
public class NewsIssues {

    /** How far back the first issue (or one after a long pause) looks for news. */
    static final int DEFAULT_DAYS_BACK = 7;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NewsSources sources;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    /** Every issue, the newest week first. */
    public Page<NewsIssue> list(int first, int max) {
        currentUser.requireOffice();
        List<NewsIssue> rows = em.createQuery("select i from NewsIssue i order by i.year desc, i.week desc", NewsIssue.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return new Page<>(rows, em.createQuery("select count(i) from NewsIssue i", Long.class).getSingleResult());
    }

    public NewsIssue find(long id) {
        currentUser.requireOffice();
        return load(id);
    }

    /** This week's issue, if the office started one. */
    public NewsIssue ofThisWeek() {
        currentUser.requireOffice();
        return ofWeek(IsoWeek.of(PortalClock.today()));
    }

    /** Opens this week's issue: the draft made now, gathered from the sources, or the one made before. */
    public NewsIssue openThisWeek() {
        currentUser.require(Role.OFFICE_ADMIN);
        IsoWeek week = IsoWeek.of(PortalClock.today());
        NewsIssue issue = ofWeek(week);
        if (issue == null) {
            issue = new NewsIssue(week, NewsMail.defaultTitle(week.week(), week.year()));
            gather(issue);
            em.persist(issue);
            em.flush();
        }
        return issue;
    }

    /** Gathers the draft's items again, as the sources offer them now. */
    public NewsIssue refresh(long id, long version) throws PortalException {
        NewsIssue issue = locked(id, version);
        PortalException.guard(() -> gather(issue));
        em.flush();
        return issue;
    }

    public NewsIssue write(long id, long version, String title, String editorial) throws PortalException {
        NewsIssue issue = locked(id, version);
        PortalException.guard(() -> issue.write(title, editorial));
        em.flush();
        return issue;
    }

    /** Keeps an item in the draft or leaves it out. */
    public NewsIssue include(long id, long itemId, boolean included) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        NewsIssue issue = em.find(NewsIssue.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw new NotFoundException("News issue", id);
        }
        PortalException.guard(() -> issue.include(itemId, included));
        em.flush();
        return issue;
    }

    /**
     * Sends the issue to every subscriber, one mail each in their language, and freezes it; returns how many. Under
     * the issue's row lock, so a second click waits and is then refused; the outbox's key per issue and subscriber
     * would not send twice anyway.
     */
    public int send(long id, long version) throws PortalException {
        NewsIssue issue = locked(id, version);
        List<NewsSubscription> subscribers = em.createNamedQuery("NewsSubscription.all", NewsSubscription.class)
                .getResultList();
        PortalException.guard(() -> issue.send(currentUser.getUsername(), Instant.now(), subscribers.size()));
        em.flush();
        for (NewsSubscription subscriber : subscribers) {
            outbox.queue("news." + issue.getId() + ".to." + subscriber.getId(), mailTo(issue, subscriber.getEmail(),
                    subscriber.getCentreId() == null, subscriber.locale(), unsubscribeLink(subscriber.getToken())));
        }
        return subscribers.size();
    }

    /** How many people the news goes to now. */
    public long recipients() {
        currentUser.requireOffice();
        return em.createNamedQuery("NewsSubscription.count", Long.class).getSingleResult();
    }

    /** The issue's mail as a subscriber in {@code language} would get it (with a placeholder unsubscribe link). */
    public ComposedMail preview(long id, Locale language) {
        currentUser.requireOffice();
        return mailTo(load(id), "preview@example.org", false, language, unsubscribeLink("…"));
    }

    private ComposedMail mailTo(NewsIssue issue, String recipient, boolean officeReader, Locale language,
                                String unsubscribeLink) {
        return NewsMail.compose(issue, recipient, officeReader, language, settings.portalUrl(), unsubscribeLink,
                settings.fromName());
    }

    private String unsubscribeLink(String token) {
        return settings.portalUrl() + "/public/news/unsubscribe?token=" + token;
    }

    /** Since the day the last issue went out (or a week back), until today or the end of the issue's week. */
    private void gather(NewsIssue issue) {
        LocalDate today = PortalClock.today();
        LocalDate to = today.isAfter(issue.isoWeek().sunday()) ? issue.isoWeek().sunday() : today;
        LocalDate from = em.createNamedQuery("NewsIssue.lastSent", NewsIssue.class)
                .setParameter("sent", NewsStatus.SENT).setMaxResults(1).getResultStream()
                .map(last -> LocalDate.ofInstant(last.getSentAt(), PortalClock.ZONE))
                .filter(day -> !day.isAfter(to) && day.isAfter(to.minusDays(4L * DEFAULT_DAYS_BACK)))
                .findFirst().orElse(to.minusDays(DEFAULT_DAYS_BACK));
        issue.gather(from, to, sources.since(from, to));
    }

    private NewsIssue ofWeek(IsoWeek week) {
        return em.createNamedQuery("NewsIssue.ofWeek", NewsIssue.class).setParameter("year", week.year())
                .setParameter("week", week.week()).getResultStream().findFirst().orElse(null);
    }

    private NewsIssue locked(long id, long version) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        NewsIssue issue = em.find(NewsIssue.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw new NotFoundException("News issue", id);
        }
        if (issue.getStatus() == NewsStatus.SENT) {
            throw new PortalException("news.error.alreadySent", null, issue.getSentAt());
        }
        if (issue.getVersion() != version) {
            throw new PortalException("news.error.changedMeanwhile", null, issue.getTitle());
        }
        return issue;
    }

    private NewsIssue load(long id) {
        NewsIssue issue = em.find(NewsIssue.class, id);
        if (issue == null) {
            throw new NotFoundException("News issue", id);
        }
        return issue;
    }
}

package si.mama.portal.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.news.boundary.NewsSource;
import si.mama.portal.news.entity.NewsItem;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.practice.entity.PracticeListing;
import si.mama.portal.practice.entity.PracticeStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The good practices' lines for the weekly news: practices the office published in the period (days of the
 * network's clock), with their centre. Published practices only: a draft or a practice under review never reaches
 * the news.
 */
@ApplicationScoped
public class PracticeNews implements NewsSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<NewsItem> since(LocalDate from, LocalDate to) {
        return em.createQuery("select p from PracticeListing p where p.status = :published"
                        + " and p.publishedAt >= :from and p.publishedAt < :until order by p.publishedAt, p.id",
                        PracticeListing.class)
                .setParameter("published", PracticeStatus.PUBLISHED)
                .setParameter("from", from.atStartOfDay(PortalClock.ZONE).toInstant())
                .setParameter("until", to.plusDays(1).atStartOfDay(PortalClock.ZONE).toInstant())
                .getResultStream()
                .map(practice -> new NewsItem(NewsSection.PRACTICE, practice.getTitle(), practice.getCentre().getName(),
                        LocalDate.ofInstant(practice.getPublishedAt(), PortalClock.ZONE),
                        "/practices/view?id=" + practice.getId()))
                .toList();
    }
}

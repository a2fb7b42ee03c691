package si.mama.portal.academy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.news.boundary.NewsSource;
import si.mama.portal.news.entity.NewsItem;
import si.mama.portal.news.entity.NewsSection;

import java.time.LocalDate;
import java.util.List;

/**
 * The academy's lines for the weekly news: published trainings still open for registration, the nearest deadline
 * first, with their place. Catalogue data only; no registration is read.
 */
@ApplicationScoped
public class AcademyNews implements NewsSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<NewsItem> since(LocalDate from, LocalDate to) {
        return em.createQuery("select t from Training t where t.status = :published and t.registrationDeadline >= :today"
                        + " order by t.registrationDeadline, t.title, t.id", Training.class)
                .setParameter("published", TrainingStatus.PUBLISHED)
                .setParameter("today", to)
                .getResultStream()
                .map(training -> new NewsItem(NewsSection.ACADEMY, training.getTitle(), training.getLocation(),
                        training.getRegistrationDeadline(), "/academy/training?id=" + training.getId()))
                .toList();
    }
}

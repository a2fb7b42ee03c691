package si.mama.portal.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.news.boundary.NewsSource;
import si.mama.portal.news.entity.NewsItem;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The questionnaires' lines for the weekly news: the ones centres answer now, the soonest closing first. The
 * questionnaire's title and closing day only; never a response.
 */
@ApplicationScoped
public class SurveyNews implements NewsSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<NewsItem> since(LocalDate from, LocalDate to) {
        return em.createQuery("select q from Questionnaire q where q.status = :sent and q.opensOn <= :today"
                        + " and q.closesOn >= :today order by q.closesOn, q.title, q.id", Questionnaire.class)
                .setParameter("sent", QuestionnaireStatus.SENT)
                .setParameter("today", to)
                .getResultStream()
                .map(questionnaire -> new NewsItem(NewsSection.SURVEY, questionnaire.getTitle(), null,
                        questionnaire.getClosesOn(), "/surveys"))
                .toList();
    }
}

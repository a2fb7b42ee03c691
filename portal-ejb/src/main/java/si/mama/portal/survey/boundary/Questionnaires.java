package si.mama.portal.survey.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionDetails;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireDetails;
import si.mama.portal.survey.entity.SurveyQuestion;
import si.mama.portal.survey.entity.SurveySection;
import si.mama.portal.survey.entity.SurveySectionDetails;

import java.util.List;

/**
 * The office's questionnaires: build (sections, questions, conditions), copy from last year, send, publish answers.
 * The office admin writes; office staff read. Questionnaires are network data; the rules live in the
 * {@link Questionnaire} aggregate, and every change locks its row, so two editors never interleave.
 */
@Stateless
public class Questionnaires {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Trainings trainings;

    /** The questionnaires of a year (all years when {@code year} is null), newest first. */
    public List<Questionnaire> list(Integer year) {
        currentUser.requireOffice();
        return em.createQuery("select q from Questionnaire q where :year is null or q.year = :year"
                        + " order by q.year desc, q.opensOn desc, q.id desc", Questionnaire.class)
                .setParameter("year", year).getResultList();
    }

    public Questionnaire find(long questionnaireId) {
        currentUser.requireOffice();
        return load(questionnaireId);
    }

    public Questionnaire create(QuestionnaireDetails details) {
        currentUser.require(Role.OFFICE_ADMIN);
        Questionnaire questionnaire = new Questionnaire(details);
        em.persist(questionnaire);
        em.flush();
        return questionnaire;
    }

    /** A new draft for {@code year} with the structure (and question codes) of an earlier questionnaire. */
    public Questionnaire copy(long questionnaireId, int year) {
        currentUser.require(Role.OFFICE_ADMIN);
        Questionnaire copy = load(questionnaireId).copyFor(year);
        em.persist(copy);
        em.flush();
        return copy;
    }

    public Questionnaire update(long questionnaireId, long version, QuestionnaireDetails details) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        if (questionnaire.getVersion() != version) {
            throw new PortalException("survey.error.changedMeanwhile", null, questionnaire.getTitle());
        }
        PortalException.guard(() -> questionnaire.update(details));
        return flushed(questionnaire);
    }

    public SurveySection addSection(long questionnaireId, SurveySectionDetails details) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveySection section = PortalException.guard(() -> questionnaire.addSection(details));
        flushed(questionnaire);
        return section;
    }

    public Questionnaire updateSection(long questionnaireId, long sectionId, SurveySectionDetails details)
            throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveySection section = section(questionnaire, sectionId);
        PortalException.guard(() -> questionnaire.updateSection(section, details));
        return flushed(questionnaire);
    }

    public Questionnaire removeSection(long questionnaireId, long sectionId) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveySection section = section(questionnaire, sectionId);
        PortalException.guard(() -> questionnaire.removeSection(section));
        return flushed(questionnaire);
    }

    public Questionnaire moveSection(long questionnaireId, long sectionId, int direction) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveySection section = section(questionnaire, sectionId);
        PortalException.guard(() -> questionnaire.moveSection(section, direction));
        return flushed(questionnaire);
    }

    public SurveyQuestion addQuestion(long questionnaireId, long sectionId, QuestionDetails details)
            throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveySection section = section(questionnaire, sectionId);
        SurveyQuestion question = PortalException.guard(() -> questionnaire.addQuestion(section, details));
        flushed(questionnaire);
        return question;
    }

    public Questionnaire updateQuestion(long questionnaireId, long questionId, QuestionDetails details)
            throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveyQuestion question = question(questionnaire, questionId);
        PortalException.guard(() -> questionnaire.updateQuestion(question, details));
        return flushed(questionnaire);
    }

    public Questionnaire removeQuestion(long questionnaireId, long questionId) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveyQuestion question = question(questionnaire, questionId);
        PortalException.guard(() -> questionnaire.removeQuestion(question));
        return flushed(questionnaire);
    }

    public Questionnaire moveQuestion(long questionnaireId, long questionId, int direction) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        SurveyQuestion question = question(questionnaire, questionId);
        PortalException.guard(() -> questionnaire.moveQuestion(question, direction));
        return flushed(questionnaire);
    }

    /** Sends the questionnaire to its audience; it opens on its opening date. */
    public Questionnaire send(long questionnaireId) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        PortalException.guard(() -> questionnaire.send(PortalClock.today()));
        return flushed(questionnaire);
    }

    public Questionnaire publishAnswers(long questionnaireId, boolean published) throws PortalException {
        Questionnaire questionnaire = lock(questionnaireId);
        PortalException.guard(() -> questionnaire.publishAnswers(published));
        return flushed(questionnaire);
    }

    /** The academy's topics, as choices for a "pick topics" question. */
    public List<Choice> academyTopics() {
        currentUser.requireOffice();
        return trainings.topics().stream().map(topic -> new Choice(null, topic)).toList();
    }

    /** The years that have questionnaires, newest first. */
    public List<Integer> years() {
        currentUser.requireOffice();
        return em.createQuery("select distinct q.year from Questionnaire q order by q.year desc", Integer.class)
                .getResultList();
    }

    private Questionnaire lock(long questionnaireId) {
        currentUser.require(Role.OFFICE_ADMIN);
        Questionnaire questionnaire = em.find(Questionnaire.class, questionnaireId, LockModeType.PESSIMISTIC_WRITE);
        if (questionnaire == null) {
            throw new NotFoundException("Questionnaire", questionnaireId);
        }
        return questionnaire;
    }

    private Questionnaire load(long questionnaireId) {
        Questionnaire questionnaire = em.find(Questionnaire.class, questionnaireId);
        if (questionnaire == null) {
            throw new NotFoundException("Questionnaire", questionnaireId);
        }
        return questionnaire;
    }

    private static SurveySection section(Questionnaire questionnaire, long sectionId) {
        return questionnaire.section(sectionId).orElseThrow(() -> new NotFoundException("Section", sectionId));
    }

    private static SurveyQuestion question(Questionnaire questionnaire, long questionId) {
        return questionnaire.questionById(questionId).orElseThrow(() -> new NotFoundException("Question", questionId));
    }

    private Questionnaire flushed(Questionnaire questionnaire) throws PortalException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PortalException("survey.error.changedMeanwhile", null, questionnaire.getTitle());
        }
        return questionnaire;
    }
}

package si.mama.portal.survey.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;
import si.mama.portal.survey.entity.QuestionnaireStatus;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.SurveyAnswer;
import si.mama.portal.survey.entity.SurveyQuestion;
import si.mama.portal.survey.entity.SurveyResponse;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A centre answering questionnaires. A per-centre questionnaire has one response shared by the centre's staff:
 * anyone of the centre answers, every answer is saved as it is typed (with who changed it last), and the centre
 * admin submits. A per-person questionnaire has one response per person, found by the signed-in user's person
 * record, answered and submitted by that person. Runs under the tenant filter: a centre reaches only its own
 * responses, and only questionnaires sent to it.
 */
@Stateless
@CentreScoped
public class Surveys {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    /** The questionnaires sent to the centre that are open or closed (not the scheduled), newest first. */
    public List<SurveyOverview> mine() {
        requireCentreUser();
        Centre centre = centre();
        Optional<Person> me = people.signedInPerson();
        Map<Long, SurveyResponse> responses = em.createNamedQuery("SurveyResponse.all", SurveyResponse.class)
                .getResultList().stream()
                .filter(r -> r.getPerson() == null || me.isPresent() && r.getPerson().equals(me.get()))
                .collect(Collectors.toMap(r -> r.getQuestionnaire().getId(), r -> r, (a, b) -> a));
        return em.createQuery("select q from Questionnaire q where q.status = :sent order by q.closesOn desc, q.id desc",
                        Questionnaire.class)
                .setParameter("sent", QuestionnaireStatus.SENT).getResultList().stream()
                .filter(q -> asks(q, centre))
                .filter(q -> q.phase(PortalClock.today()) != QuestionnairePhase.SCHEDULED)
                .map(q -> new SurveyOverview(q, q.phase(PortalClock.today()),
                        Optional.ofNullable(responses.get(q.getId())).map(SurveyResponse::getStatus).orElse(null)))
                .toList();
    }

    /** The signed-in user's sheet for one questionnaire: answers so far, what shows, what is missing. */
    public AnswerSheet sheet(long questionnaireId) throws PortalException {
        requireCentreUser();
        Questionnaire questionnaire = asked(questionnaireId);
        return sheetOf(questionnaire, response(questionnaire).orElse(null));
    }

    /**
     * Saves one answer as it is typed (an empty answer clears it) and returns the sheet as it is now, so the page
     * shows or hides what depends on it. The first answer of a centre starts its response.
     */
    public AnswerSheet save(long questionnaireId, String questionCode, AnswerValue value) throws PortalException {
        requireCentreUser();
        Questionnaire questionnaire = asked(questionnaireId);
        PortalException.guard(() -> questionnaire.requireOpen(PortalClock.today()));
        SurveyQuestion question = questionnaire.question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        AnswerValue accepted = PortalException.guard(() -> question.accept(value));
        SurveyResponse response = lockedResponse(questionnaire);
        PortalException.guard(response::requireEditable);
        SurveyAnswer answer = em.createNamedQuery("SurveyAnswer.ofResponseAndQuestion", SurveyAnswer.class)
                .setParameter("response", response).setParameter("question", question)
                .getResultStream().findFirst().orElseGet(() -> {
                    SurveyAnswer created = new SurveyAnswer(response, question);
                    em.persist(created);
                    return created;
                });
        answer.change(accepted, currentUser.getUsername(), currentUser.getDisplayName(), Instant.now());
        em.flush();
        return sheetOf(questionnaire, response);
    }

    /**
     * Submits the response: refused, naming each one, while a required question that shows is unanswered. The
     * centre admin submits a centre's response; a person submits their own.
     */
    public AnswerSheet submit(long questionnaireId) throws PortalException {
        requireCentreUser();
        Questionnaire questionnaire = asked(questionnaireId);
        requireMaySubmit(questionnaire);
        PortalException.guard(() -> questionnaire.requireOpen(PortalClock.today()));
        SurveyResponse response = lockedResponse(questionnaire);
        List<SurveyQuestion> missing = questionnaire.missingRequired(values(response));
        if (!missing.isEmpty()) {
            throw new PortalException("survey.error.missing", null, missing.size(),
                    missing.stream().map(SurveyQuestion::getText).collect(Collectors.joining("; ")));
        }
        PortalException.guard(() -> response.submit(currentUser.getUsername(), Instant.now()));
        em.flush();
        return sheetOf(questionnaire, response);
    }

    /** Opens a submitted response for editing again, until the questionnaire closes; it must be submitted again. */
    public AnswerSheet reopen(long questionnaireId) throws PortalException {
        requireCentreUser();
        Questionnaire questionnaire = asked(questionnaireId);
        requireMaySubmit(questionnaire);
        PortalException.guard(() -> questionnaire.requireOpen(PortalClock.today()));
        SurveyResponse response = response(questionnaire)
                .orElseThrow(() -> new PortalException("survey.error.notSubmitted", null));
        em.lock(response, LockModeType.PESSIMISTIC_WRITE);
        PortalException.guard(response::reopen);
        em.flush();
        return sheetOf(questionnaire, response);
    }

    // ------------------------------------------------------------------ helpers

    private AnswerSheet sheetOf(Questionnaire questionnaire, SurveyResponse response) {
        Map<String, SavedAnswer> answers = new HashMap<>();
        if (response != null) {
            for (SurveyAnswer answer : em.createNamedQuery("SurveyAnswer.ofResponse", SurveyAnswer.class)
                    .setParameter("response", response).getResultList()) {
                answers.put(answer.getQuestion().getCode(),
                        new SavedAnswer(answer.value(), answer.getChangedByName(), answer.getChangedAt()));
            }
        }
        Map<String, AnswerValue> values = answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value()));
        QuestionnairePhase phase = questionnaire.phase(PortalClock.today());
        boolean submitted = response != null && response.isSubmitted();
        boolean mayAnswer = phase == QuestionnairePhase.OPEN && canAnswer(questionnaire);
        return new AnswerSheet(questionnaire, phase, response == null ? null : response.getStatus(),
                response == null ? null : response.getSubmittedAt(), response == null ? null : response.getSubmittedBy(),
                answers, questionnaire.visibleQuestions(values), questionnaire.missingRequired(values),
                mayAnswer && !submitted, mayAnswer && maySubmit(questionnaire));
    }

    private Map<String, AnswerValue> values(SurveyResponse response) {
        return em.createNamedQuery("SurveyAnswer.ofResponse", SurveyAnswer.class).setParameter("response", response)
                .getResultList().stream()
                .collect(Collectors.toMap(answer -> answer.getQuestion().getCode(), SurveyAnswer::value));
    }

    /** The centre's (or the person's) response, started now if there is none yet; locked for this change. */
    private SurveyResponse lockedResponse(Questionnaire questionnaire) throws PortalException {
        Optional<SurveyResponse> existing = response(questionnaire);
        if (existing.isPresent()) {
            em.lock(existing.get(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(existing.get());
            return existing.get();
        }
        // the first answer: the questionnaire's row lock lets one of two staff typing at once start the response
        Questionnaire locked = em.find(Questionnaire.class, questionnaire.getId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<SurveyResponse> meanwhile = response(locked);
        if (meanwhile.isPresent()) {
            em.lock(meanwhile.get(), LockModeType.PESSIMISTIC_WRITE);
            return meanwhile.get();
        }
        Person person = locked.getRespondent() == Respondent.PERSON ? me() : null;
        SurveyResponse response = new SurveyResponse(locked, person);
        em.persist(response);
        if (!locked.isAnswered()) {
            locked.markAnswered();
        }
        em.flush();
        return response;
    }

    private Optional<SurveyResponse> response(Questionnaire questionnaire) throws PortalException {
        if (questionnaire.getRespondent() == Respondent.CENTRE) {
            return em.createNamedQuery("SurveyResponse.ofCentre", SurveyResponse.class)
                    .setParameter("questionnaire", questionnaire).getResultStream().findFirst();
        }
        Optional<Person> me = people.signedInPerson();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery("SurveyResponse.ofPerson", SurveyResponse.class)
                .setParameter("questionnaire", questionnaire).setParameter("person", me.get())
                .getResultStream().findFirst();
    }

    private Person me() throws PortalException {
        return people.signedInPerson().orElseThrow(() -> new PortalException("survey.error.noPersonRecord", null));
    }

    private boolean canAnswer(Questionnaire questionnaire) {
        return questionnaire.getRespondent() == Respondent.CENTRE || people.signedInPerson().isPresent();
    }

    private boolean maySubmit(Questionnaire questionnaire) {
        return questionnaire.getRespondent() == Respondent.PERSON ? people.signedInPerson().isPresent()
                : currentUser.has(Role.CENTRE_ADMIN);
    }

    private void requireMaySubmit(Questionnaire questionnaire) throws PortalException {
        if (questionnaire.getRespondent() == Respondent.PERSON) {
            me();
        } else {
            currentUser.require(Role.CENTRE_ADMIN);
        }
    }

    /** A questionnaire sent to this centre and no longer only scheduled; anything else is not found. */
    private Questionnaire asked(long questionnaireId) {
        Questionnaire questionnaire = em.find(Questionnaire.class, questionnaireId);
        if (questionnaire == null || questionnaire.getStatus() != QuestionnaireStatus.SENT
                || questionnaire.phase(PortalClock.today()) == QuestionnairePhase.SCHEDULED
                || !asks(questionnaire, centre())) {
            throw new NotFoundException("Questionnaire", questionnaireId);
        }
        return questionnaire;
    }

    private static boolean asks(Questionnaire questionnaire, Centre centre) {
        return questionnaire.asks(centre.getId(), centre.getRegion(), centre.isMember());
    }

    private Centre centre() {
        return em.find(Centre.class, currentUser.centreId());
    }

    private void requireCentreUser() {
        currentUser.require(Role.CENTRE_ADMIN, Role.CENTRE_STAFF);
    }
}

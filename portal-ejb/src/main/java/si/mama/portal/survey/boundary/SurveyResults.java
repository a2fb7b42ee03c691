package si.mama.portal.survey.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingDetails;
import si.mama.portal.academy.entity.TrainingFormat;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.control.QuestionResult;
import si.mama.portal.survey.control.RespondentAnswers;
import si.mama.portal.survey.control.ResultsCalculator;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;
import si.mama.portal.survey.entity.QuestionnaireStatus;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.SurveyQuestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A questionnaire's results across centres: response rate (overall and by region), who has not answered, each
 * question's results over the submitted responses, the rows for exports, and a draft training from a demanded
 * topic. The office reads every questionnaire's results; a centre reads the aggregated results of a questionnaire
 * it was asked, once it has closed, and other centres' individual answers only when the office published them.
 * An anonymous questionnaire never names who answered, not even to the office.
 * <p>
 * Responses are centre-owned, so they are read here with plain SQL past the tenant filter, for aggregation; no
 * entity of another centre is loaded.
 */
@Stateless
public class SurveyResults {

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Trainings trainings;

    /** The results, of one region's centres when {@code region} is given. */
    public QuestionnaireResults results(long questionnaireId, Region region) {
        Questionnaire questionnaire = readable(questionnaireId);
        boolean named = isNamed(questionnaire);
        List<RespondentAnswers> responses = submitted(questionnaire).stream()
                .filter(response -> region == null || response.region() == region).toList();
        Questionnaire previous = comparedWith(questionnaire);
        List<RespondentAnswers> previousResponses = previous == null ? List.of()
                : submitted(previous).stream().filter(r -> region == null || r.region() == region).toList();
        List<QuestionResult> questions = ResultsCalculator.of(questionnaire, responses, named, previous, previousResponses);
        return new QuestionnaireResults(questionnaire, rate(questionnaire), responses.size(), region, questions,
                previous, named);
    }

    /**
     * The questionnaire to compare with: the one this was copied from, or else the latest sent questionnaire of
     * the same kind from an earlier year that shares question codes with it; none when there is no such one.
     */
    private Questionnaire comparedWith(Questionnaire questionnaire) {
        if (questionnaire.getCopiedFromId() != null) {
            return em.find(Questionnaire.class, questionnaire.getCopiedFromId());
        }
        java.util.Set<String> codes = questionnaire.getQuestions().stream().map(SurveyQuestion::getCode)
                .collect(Collectors.toSet());
        return em.createQuery("select p from Questionnaire p where p.status = :sent and p.kind = :kind"
                        + " and p.year < :year order by p.year desc, p.closesOn desc", Questionnaire.class)
                .setParameter("sent", QuestionnaireStatus.SENT).setParameter("kind", questionnaire.getKind())
                .setParameter("year", questionnaire.getYear()).setMaxResults(5).getResultStream()
                .filter(p -> p.getQuestions().stream().anyMatch(question -> codes.contains(question.getCode())))
                .findFirst().orElse(null);
    }

    /** The response rate: submitted of those asked, by region. */
    public ResponseRate rate(long questionnaireId) {
        return rate(readable(questionnaireId));
    }

    /** The centres asked that have not submitted, for the office's reminders. */
    public List<NonResponder> nonResponders(long questionnaireId) {
        currentUser.requireOffice();
        return nonRespondersOf(load(questionnaireId));
    }

    /** The same, for the network's reminder job (no user): only names and addresses of centres, no answers. */
    public List<NonResponder> nonRespondersOf(Questionnaire questionnaire) {
        Map<Long, String> statuses = centreStatuses(questionnaire);
        return askedCentres(questionnaire).stream()
                .filter(centre -> !"SUBMITTED".equals(statuses.get(centre.getId())))
                .map(centre -> new NonResponder(centre.getId(), centre.getName(), centre.getRegion(), centre.getEmail(),
                        statuses.containsKey(centre.getId())))
                .toList();
    }

    /** Every submitted response with its answers (named unless anonymous): the office's export rows. */
    public List<RespondentAnswers> responses(long questionnaireId) {
        currentUser.requireOffice();
        Questionnaire questionnaire = load(questionnaireId);
        List<RespondentAnswers> responses = submitted(questionnaire);
        return questionnaire.isAnonymous() ? responses.stream()
                .map(r -> new RespondentAnswers(r.responseId(), 0, null, null, null, r.answers())).toList() : responses;
    }

    /**
     * A draft training in the academy for a topic (or choice) centres asked for, with the number of responses
     * that chose it as its demand. The office completes it (sessions, trainers) before publishing.
     */
    public Training draftTraining(long questionnaireId, String questionCode, String choiceCode) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Questionnaire questionnaire = load(questionnaireId);
        SurveyQuestion question = questionnaire.question(questionCode)
                .filter(q -> q.canDemandTraining(choiceCode))
                .orElseThrow(() -> new NotFoundException("Demandable choice", questionCode + "/" + choiceCode));
        String label = question.labelOf(choiceCode);
        int demand = ResultsCalculator.of(questionnaire, submitted(questionnaire), false, null, List.of()).stream()
                .filter(result -> result.question().getCode().equals(questionCode)).findFirst()
                .flatMap(result -> result.counts().stream().filter(count -> count.code().equals(choiceCode)).findFirst())
                .map(QuestionResult.Count::count).orElse(0);
        int year = Math.max(questionnaire.getYear(), PortalClock.today().getYear());
        TrainingDetails details = new TrainingDetails(year, label,
                null, label.length() > 100 ? label.substring(0, 100) : label, EnumSet.allOf(EmploymentType.class),
                TrainingFormat.ON_SITE, null, 20, null, LocalDate.of(year, 12, 31));
        String source = questionnaire.getTitle() + " (" + questionnaire.getYear() + "): " + question.getText();
        return trainings.draftFromDemand(details, demand, source);
    }

    /** The share (0–100) of asked centres that submitted the per-centre questionnaires sent for a year. */
    public java.math.BigDecimal responseRateOfYear(int year) {
        int asked = 0;
        int submitted = 0;
        for (Questionnaire questionnaire : em.createQuery("select q from Questionnaire q where q.year = :year"
                        + " and q.status = :sent and q.respondent = :centre", Questionnaire.class)
                .setParameter("year", year).setParameter("sent", QuestionnaireStatus.SENT)
                .setParameter("centre", Respondent.CENTRE).getResultList()) {
            ResponseRate rate = rate(questionnaire);
            asked += rate.asked();
            submitted += rate.submitted();
        }
        return ResponseRate.percent(submitted, asked);
    }

    // ------------------------------------------------------------------ reading

    private ResponseRate rate(Questionnaire questionnaire) {
        List<Centre> asked = askedCentres(questionnaire);
        Map<Long, Integer> people = questionnaire.getRespondent() == Respondent.PERSON ? activePeople() : Map.of();
        Map<Long, long[]> counts = responseCounts(questionnaire);
        Map<Region, int[]> byRegion = new TreeMap<>();
        int total = 0;
        int submitted = 0;
        int inProgress = 0;
        for (Centre centre : asked) {
            int askedHere = questionnaire.getRespondent() == Respondent.PERSON ? people.getOrDefault(centre.getId(), 0) : 1;
            long[] here = counts.getOrDefault(centre.getId(), new long[2]);
            int submittedHere = (int) Math.min(here[0], askedHere);
            total += askedHere;
            submitted += submittedHere;
            inProgress += (int) here[1];
            int[] region = byRegion.computeIfAbsent(centre.getRegion(), r -> new int[2]);
            region[0] += askedHere;
            region[1] += submittedHere;
        }
        return new ResponseRate(total, submitted, inProgress, byRegion.entrySet().stream()
                .map(e -> new ResponseRate.RegionRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    private List<Centre> askedCentres(Questionnaire questionnaire) {
        return em.createQuery("select c from Centre c where c.membershipStatus = :member order by c.name", Centre.class)
                .setParameter("member", MembershipStatus.MEMBER).getResultList().stream()
                .filter(c -> questionnaire.asks(c.getId(), c.getRegion(), c.isMember())).toList();
    }

    /** Per centre: [submitted, in progress] responses. */
    private Map<Long, long[]> responseCounts(Questionnaire questionnaire) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select centre_id, status, count(*) from survey_response"
                        + " where questionnaire_id = ? group by centre_id, status")
                .setParameter(1, questionnaire.getId()).setHint(ALLOW_NATIVE, true).getResultList()) {
            Object[] cells = (Object[]) row;
            long[] here = counts.computeIfAbsent(((Number) cells[0]).longValue(), id -> new long[2]);
            here["SUBMITTED".equals(cells[1]) ? 0 : 1] += ((Number) cells[2]).longValue();
        }
        return counts;
    }

    private Map<Long, String> centreStatuses(Questionnaire questionnaire) {
        Map<Long, String> statuses = new HashMap<>();
        responseCounts(questionnaire).forEach((centre, counts) -> statuses.put(centre,
                counts[0] > 0 ? "SUBMITTED" : "IN_PROGRESS"));
        return statuses;
    }

    private Map<Long, Integer> activePeople() {
        Map<Long, Integer> people = new HashMap<>();
        for (Object row : em.createNativeQuery("select centre_id, count(*) from person where active = true group by centre_id")
                .setHint(ALLOW_NATIVE, true).getResultList()) {
            Object[] cells = (Object[]) row;
            people.put(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue());
        }
        return people;
    }

    /** The submitted responses with their answers, read in one query. */
    private List<RespondentAnswers> submitted(Questionnaire questionnaire) {
        Map<String, QuestionType> types = questionnaire.getQuestions().stream()
                .collect(Collectors.toMap(SurveyQuestion::getCode, SurveyQuestion::getType));
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, Map<String, AnswerValue>> answers = new HashMap<>();
        for (Object row : em.createNativeQuery("select r.id, r.centre_id, c.name, c.region, p.first_name, p.last_name,"
                        + " q.code, a.value_text, a.other_text from survey_response r"
                        + " join centre c on c.id = r.centre_id left join person p on p.id = r.person_id"
                        + " left join survey_answer a on a.response_id = r.id"
                        + " left join survey_question q on q.id = a.question_id"
                        + " where r.questionnaire_id = ? and r.status = 'SUBMITTED' order by c.name, r.id")
                .setParameter(1, questionnaire.getId()).setHint(ALLOW_NATIVE, true).getResultList()) {
            Object[] cells = (Object[]) row;
            long responseId = ((Number) cells[0]).longValue();
            heads.putIfAbsent(responseId, cells);
            Map<String, AnswerValue> own = answers.computeIfAbsent(responseId, id -> new HashMap<>());
            String code = (String) cells[6];
            if (code != null && types.containsKey(code)) {
                own.put(code, AnswerValue.fromColumns(types.get(code), (String) cells[7], (String) cells[8]));
            }
        }
        List<RespondentAnswers> responses = new ArrayList<>();
        heads.forEach((id, cells) -> responses.add(new RespondentAnswers(id, ((Number) cells[1]).longValue(),
                (String) cells[2], Region.valueOf((String) cells[3]),
                cells[4] == null ? null : cells[4] + " " + cells[5], answers.get(id))));
        return responses;
    }

    // ------------------------------------------------------------------ access

    /** The office reads any sent questionnaire; a centre one it was asked, once closed. */
    private Questionnaire readable(long questionnaireId) {
        Questionnaire questionnaire = load(questionnaireId);
        if (currentUser.isOffice()) {
            return questionnaire;
        }
        if (!currentUser.isCentreUser()) {
            throw new AccessDeniedException("Results are for the office and the centres asked");
        }
        Centre centre = em.find(Centre.class, currentUser.centreId());
        if (questionnaire.getStatus() != QuestionnaireStatus.SENT
                || !questionnaire.asks(centre.getId(), centre.getRegion(), centre.isMember())) {
            throw new NotFoundException("Questionnaire", questionnaireId);
        }
        if (questionnaire.phase(PortalClock.today()) != QuestionnairePhase.CLOSED) {
            throw new AccessDeniedException("Results are shown to centres after closing");
        }
        return questionnaire;
    }

    /** Who answered is shown to the office, and to centres when published; never for an anonymous questionnaire. */
    private boolean isNamed(Questionnaire questionnaire) {
        return !questionnaire.isAnonymous() && (currentUser.isOffice() || questionnaire.isAnswersPublished());
    }

    private Questionnaire load(long questionnaireId) {
        Questionnaire questionnaire = em.find(Questionnaire.class, questionnaireId);
        if (questionnaire == null) {
            throw new NotFoundException("Questionnaire", questionnaireId);
        }
        return questionnaire;
    }
}

package si.mama.portal.survey;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.people.boundary.People;
import si.mama.portal.plan.boundary.Measures;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.MailTables;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestQuestionnaires;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.AnswerSheet;
import si.mama.portal.survey.boundary.QuestionnaireResults;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.boundary.SurveyOverview;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.boundary.Surveys;
import si.mama.portal.survey.control.QuestionResult;
import si.mama.portal.survey.control.RespondentAnswers;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.mail.SurveyReminders;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionDetails;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireDetails;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.ResponseStatus;
import si.mama.portal.survey.entity.SurveySection;
import si.mama.portal.survey.entity.SurveySectionDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;
import static si.mama.portal.platform.testing.PersonDetailsBuilder.aPerson;

/**
 * Questionnaires in Payara Micro against a real MariaDB: shared centre responses and per-person ones, conditions
 * and required answers, tenant isolation, anonymous results, refused changes, response rates, the plan's measure
 * and a draft training from the results. Each test sends its own questionnaire to its own new centres (audience:
 * chosen centres), so tests never see each other's data, whatever the order or the data of earlier builds.
 */
@ExtendWith(ArquillianExtension.class)
public class SurveyServicesIT {

    private static final LocalDate TODAY = PortalClock.today();

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(SurveyServicesIT.class, MailTables.class, TestQuestionnaires.class);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Questionnaires questionnaires;

    @Inject
    TestQuestionnaires testQuestionnaires;

    @Inject
    Surveys surveys;

    @Inject
    SurveyResults results;

    @Inject
    People people;

    @Inject
    TestCentres centres;

    @Inject
    Measures measures;

    @Inject
    SurveyReminders reminders;

    @Inject
    MailTables outbox;

    @Test
    void staffAndAdminFillOneSharedCentreResponseAndOnlyTheAdminSubmits() throws PortalException {
        Caller.CentreRef centre = centres.createMember("shared");
        Questionnaire q = questionnaire(Respondent.CENTRE, false, TODAY.getYear(), centre);
        signIn(centreStaff(centre));

        surveys.save(q.getId(), "izvedli", AnswerValue.of("ne"));
        AnswerSheet afterStaff = surveys.save(q.getId(), "stevilo", AnswerValue.of("12"));
        assertEquals(ResponseStatus.IN_PROGRESS, afterStaff.status());
        assertThrows(AccessDeniedException.class, () -> surveys.submit(q.getId()), "staff do not submit");

        signIn(centreAdmin(centre));
        AnswerSheet seenByAdmin = surveys.sheet(q.getId());
        assertEquals("12", seenByAdmin.valueOf("stevilo").single(), "one response shared by the centre");
        assertEquals("Staff " + centre.name(), seenByAdmin.answers().get("stevilo").changedByName());
        surveys.save(q.getId(), "stevilo", AnswerValue.of("14"));
        assertEquals("Admin " + centre.name(), surveys.sheet(q.getId()).answers().get("stevilo").changedByName(),
                "who changed it last");

        AnswerSheet submitted = surveys.submit(q.getId());
        assertEquals(ResponseStatus.SUBMITTED, submitted.status());
        assertEquals(List.of(ResponseStatus.SUBMITTED), surveys.mine().stream()
                .filter(o -> o.questionnaire().getId().equals(q.getId())).map(SurveyOverview::status).toList());
        refused("survey.error.submitted", () -> surveys.save(q.getId(), "stevilo", AnswerValue.of("15")));

        surveys.reopen(q.getId());
        signIn(centreStaff(centre));
        assertEquals("15", surveys.save(q.getId(), "stevilo", AnswerValue.of("15")).valueOf("stevilo").single());
        refused("survey.error.outOfRange", () -> surveys.save(q.getId(), "stevilo", AnswerValue.of("5000")));
        refused("survey.error.unknownChoice", () -> surveys.save(q.getId(), "izvedli", AnswerValue.of("morda")));
        assertEquals("15", surveys.sheet(q.getId()).valueOf("stevilo").single(), "a refused answer changes nothing");
    }

    @Test
    void aConditionalRequiredQuestionIsDemandedOnlyWhenItShowsAndSubmissionNamesWhatIsMissing() throws PortalException {
        Caller.CentreRef no = centres.createMember("cond-no");
        Caller.CentreRef yes = centres.createMember("cond-yes");
        Questionnaire q = questionnaire(Respondent.CENTRE, false, TODAY.getYear(), no, yes);

        signIn(centreAdmin(no));
        PortalException nothing = refused("survey.error.missing", () -> surveys.submit(q.getId()));
        assertEquals(2, nothing.arguments()[0], "only the questions that show are missing");
        AnswerSheet sheet = surveys.save(q.getId(), "izvedli", AnswerValue.of("ne"));
        assertEquals(List.of("izvedli", "stevilo"), codes(sheet), "the conditional question is hidden");
        surveys.save(q.getId(), "stevilo", AnswerValue.of("2"));
        assertEquals(ResponseStatus.SUBMITTED, surveys.submit(q.getId()).status(), "the hidden required one is not demanded");

        signIn(centreAdmin(yes));
        surveys.save(q.getId(), "stevilo", AnswerValue.of("3"));
        AnswerSheet shown = surveys.save(q.getId(), "izvedli", AnswerValue.of("da"));
        assertEquals(List.of("izvedli", "katera", "stevilo"), codes(shown));
        PortalException missing = refused("survey.error.missing", () -> surveys.submit(q.getId()));
        assertEquals(1, missing.arguments()[0]);
        assertTrue(missing.arguments()[1].toString().contains("Katera usposabljanja"), missing.arguments()[1].toString());
        surveys.save(q.getId(), "katera", AnswerValue.of("Vodenje prostovoljcev"));
        assertEquals(ResponseStatus.SUBMITTED, surveys.submit(q.getId()).status());
    }

    @Test
    void aPerPersonQuestionnaireGivesEachPersonTheirOwnResponse() throws PortalException {
        Caller.CentreRef centre = centres.createMember("person");
        signIn(centreAdmin(centre));
        people.add(aPerson().named("Ana", "Prva").withEmail("ana.prva@person.example.org").build());
        people.add(aPerson().named("Bor", "Drugi").withEmail("bor.drugi@person.example.org").build());
        Questionnaire q = questionnaire(Respondent.PERSON, false, TODAY.getYear(), centre);

        signIn(centreStaff(centre, "ana.prva@person.example.org"));
        surveys.save(q.getId(), "izvedli", AnswerValue.of("ne"));
        surveys.save(q.getId(), "stevilo", AnswerValue.of("3"));
        assertEquals(ResponseStatus.SUBMITTED, surveys.submit(q.getId()).status(), "a person submits their own");

        signIn(centreStaff(centre, "bor.drugi@person.example.org"));
        AnswerSheet other = surveys.sheet(q.getId());
        assertNull(other.status(), "the other person's response is their own, not started");
        assertTrue(other.answers().isEmpty());
        surveys.save(q.getId(), "izvedli", AnswerValue.of("ne"));

        signIn(centreAdmin(centre));
        refused("survey.error.noPersonRecord", () -> surveys.save(q.getId(), "izvedli", AnswerValue.of("da")));

        signIn(officeAdmin());
        assertEquals(2, results.rate(q.getId()).asked(), "everyone active of the centre is asked");
        assertEquals(1, results.rate(q.getId()).submitted());
        assertEquals(1, results.rate(q.getId()).inProgress());
    }

    @Test
    void aCentreSeesOnlyItsOwnResponseAndOnlyQuestionnairesSentToIt() throws PortalException {
        Caller.CentreRef a = centres.createMember("iso-a");
        Caller.CentreRef b = centres.createMember("iso-b");
        Caller.CentreRef outside = centres.createMember("iso-out");
        Questionnaire q = questionnaire(Respondent.CENTRE, false, TODAY.getYear(), a, b);
        signIn(centreAdmin(a));
        surveys.save(q.getId(), "stevilo", AnswerValue.of("7"));

        signIn(centreStaff(b));
        assertTrue(surveys.sheet(q.getId()).answers().isEmpty(), "B starts with its own empty response");
        surveys.save(q.getId(), "stevilo", AnswerValue.of("9"));
        signIn(centreAdmin(a));
        assertEquals("7", surveys.sheet(q.getId()).valueOf("stevilo").single(), "B's answer never reaches A");

        signIn(centreAdmin(outside));
        assertThrows(NotFoundException.class, () -> surveys.sheet(q.getId()), "not sent to this centre");
        assertThrows(NotFoundException.class, () -> surveys.save(q.getId(), "stevilo", AnswerValue.of("1")));
        assertTrue(surveys.mine().stream().noneMatch(o -> o.questionnaire().getId().equals(q.getId())));
        signIn(centreAdmin(a));
        assertThrows(AccessDeniedException.class, () -> results.results(q.getId(), null),
                "centres see results only after closing");
        assertThrows(AccessDeniedException.class, () -> questionnaires.find(q.getId()), "the builder is the office's");
    }

    @Test
    void anAnonymousQuestionnaireNeverNamesWhoAnsweredAndCentresSeeResultsAfterClosing() throws PortalException {
        Caller.CentreRef a = centres.createMember("anon-a");
        Caller.CentreRef b = centres.createMember("anon-b");
        Questionnaire anonymous = questionnaire(Respondent.CENTRE, true, TODAY.getYear(), a, b);
        Questionnaire named = questionnaire(Respondent.CENTRE, false, TODAY.getYear(), a, b);
        for (Questionnaire q : List.of(anonymous, named)) {
            for (Caller.CentreRef centre : List.of(a, b)) {
                signIn(centreAdmin(centre));
                surveys.save(q.getId(), "izvedli", AnswerValue.of("da"));
                surveys.save(q.getId(), "katera", AnswerValue.of("Odgovor " + centre.name()));
                surveys.save(q.getId(), "stevilo", AnswerValue.of("4"));
                surveys.submit(q.getId());
            }
        }

        signIn(officeSteward());
        QuestionResult anonymousTexts = question(results.results(anonymous.getId(), null), "katera");
        assertEquals(2, anonymousTexts.texts().size());
        assertTrue(anonymousTexts.texts().stream().allMatch(text -> text.respondent() == null),
                "no names, not even for the office");
        assertTrue(results.responses(anonymous.getId()).stream().allMatch(r -> r.centreName() == null && r.centreId() == 0));
        QuestionResult namedTexts = question(results.results(named.getId(), null), "katera");
        assertTrue(namedTexts.texts().stream().allMatch(text -> text.respondent() != null), "the office sees who wrote");
        assertEquals(Set.of(a.name(), b.name()), results.responses(named.getId()).stream()
                .map(RespondentAnswers::centreName).collect(Collectors.toSet()));

        signIn(officeAdmin());
        refused("survey.error.anonymousAnswers", () -> questionnaires.publishAnswers(anonymous.getId(), true));
        close(named);
        signIn(centreAdmin(a));
        QuestionnaireResults seen = results.results(named.getId(), null);
        assertEquals(2, seen.responses());
        assertTrue(question(seen, "katera").texts().stream().allMatch(text -> text.respondent() == null),
                "a centre sees other centres' answers without names until the office publishes them");
        signIn(officeAdmin());
        questionnaires.publishAnswers(named.getId(), true);
        signIn(centreAdmin(a));
        assertTrue(question(results.results(named.getId(), null), "katera").texts().stream()
                .allMatch(text -> text.respondent() != null));
        refused("survey.error.closed", () -> surveys.save(named.getId(), "stevilo", AnswerValue.of("5")));
    }

    @Test
    void onceCentresAnswerChangesThatWouldBreakTheAnswersAreRefused() throws PortalException {
        Caller.CentreRef centre = centres.createMember("locked");
        Questionnaire q = questionnaire(Respondent.CENTRE, false, TODAY.getYear(), centre);
        long question = q.question("stevilo").orElseThrow().getId();
        signIn(centreStaff(centre));
        surveys.save(q.getId(), "stevilo", AnswerValue.of("3"));

        signIn(officeAdmin());
        refused("survey.error.answeredRemove", () -> questionnaires.removeQuestion(q.getId(), question));
        refused("survey.error.answeredQuestion", () -> questionnaires.updateQuestion(q.getId(), question,
                new QuestionDetails(QuestionType.SHORT_TEXT, "stevilo", "Koliko?", null, true, List.of(), false, null,
                        null, null, null, null, null)));
        questionnaires.updateQuestion(q.getId(), question, new QuestionDetails(QuestionType.NUMBER, "stevilo",
                "Koliko mladinskih delavcev ste usposobili?", null, true, List.of(), false, null, null, null,
                BigDecimal.ZERO, BigDecimal.valueOf(2000), null));
        assertEquals("Koliko mladinskih delavcev ste usposobili?",
                questionnaires.find(q.getId()).question("stevilo").orElseThrow().getText(), "texts may change");
        signIn(centreAdmin(centre));
        assertThrows(AccessDeniedException.class, () -> questionnaires.send(q.getId()));
    }

    @Test
    void theResponseRateByRegionTheMeasureAndADraftTrainingFromADemandedTopic() throws PortalException {
        int year = freeYear();
        Caller.CentreRef a = centres.createMember("rate-a");
        Caller.CentreRef b = centres.createMember("rate-b");
        Caller.CentreRef c = centres.createMember("rate-c");
        Questionnaire q = questionnaire(Respondent.CENTRE, false, year, a, b, c);
        SurveySection topics = questionnaires.addSection(q.getId(), new SurveySectionDetails("Teme", null, null));
        questionnaires.addQuestion(q.getId(), topics.getId(), new QuestionDetails(QuestionType.TOPICS, "teme",
                "Katere teme potrebujete?", null, false,
                List.of(new Choice(null, "Duševno zdravje mladih"), new Choice(null, "Pisanje projektov")), false,
                null, null, null, null, null, null));
        for (Caller.CentreRef centre : List.of(a, b)) {
            signIn(centreAdmin(centre));
            surveys.save(q.getId(), "izvedli", AnswerValue.of("ne"));
            surveys.save(q.getId(), "stevilo", AnswerValue.of("2"));
            surveys.save(q.getId(), "teme", AnswerValue.of(List.of("dusevno-zdravje-mladih"), null));
            surveys.submit(q.getId());
        }

        signIn(officeSteward());
        assertEquals(3, results.rate(q.getId()).asked());
        assertEquals(2, results.rate(q.getId()).submitted());
        assertEquals(new BigDecimal("66.7"), results.rate(q.getId()).getPercent());
        assertEquals(List.of(Region.SAVINJSKA), results.rate(q.getId()).byRegion().stream()
                .map(ResponseRateRegion::of).toList(), "the test centres are in Savinjska");
        assertEquals(List.of(c.id()), results.nonResponders(q.getId()).stream().map(n -> n.centreId()).toList());
        assertEquals(new BigDecimal("66.7"), measures.valueOf("survey.responseRate", year).orElseThrow());
        QuestionResult demand = question(results.results(q.getId(), null), "teme");
        assertEquals(2, demand.counts().get(0).count());
        assertEquals(new BigDecimal("100.0"), demand.counts().get(0).percent());

        signIn(officeAdmin());
        Training draft = results.draftTraining(q.getId(), "teme", "dusevno-zdravje-mladih");
        assertEquals(TrainingStatus.DRAFT, draft.getStatus());
        assertEquals("Duševno zdravje mladih", draft.getTitle());
        assertEquals(2, draft.getDemandCount());
        assertTrue(draft.getDemandSource().contains(q.getTitle()), draft.getDemandSource());
        signIn(officeSteward());
        assertThrows(AccessDeniedException.class, () -> results.draftTraining(q.getId(), "teme", "pisanje-projektov"));
    }

    @Test
    void theOfficeRemindsCentresThatHaveNotSubmittedAtMostOnceADayAndTheJobOnceBeforeClosing() throws PortalException {
        Caller.CentreRef done = centres.createMember("remind-done");
        Caller.CentreRef idle = centres.createMember("remind-idle");
        Caller.CentreRef busy = centres.createMember("remind-busy");
        Caller.CentreRef silent = centres.createMember("remind-silent");
        for (Caller.CentreRef centre : List.of(done, idle, busy)) {
            centres.setEmail(centre, centre.alias() + "@remind.example.org");
        }
        Questionnaire q = questionnaire(Respondent.CENTRE, false, TODAY.getYear(), done, idle, busy, silent);
        signIn(centreAdmin(done));
        surveys.save(q.getId(), "izvedli", AnswerValue.of("ne"));
        surveys.save(q.getId(), "stevilo", AnswerValue.of("1"));
        surveys.submit(q.getId());
        signIn(centreStaff(busy));
        surveys.save(q.getId(), "stevilo", AnswerValue.of("2"));

        signIn(officeAdmin());
        assertEquals(2, reminders.remind(q.getId(), TODAY), "the two that have not submitted and have an address");
        assertEquals(0, reminders.remind(q.getId(), TODAY), "not twice a day");
        assertEquals(2, reminders.remind(q.getId(), TODAY.plusDays(1)));
        List<String> subjects = outbox.toRecipient(idle.alias() + "@remind.example.org").stream()
                .map(MailTables.MailRow::subject).toList();
        assertEquals(List.of("Opomnik: " + q.getTitle(), "Opomnik: " + q.getTitle()), subjects);
        assertTrue(outbox.toRecipient(done.alias() + "@remind.example.org").isEmpty(), "who submitted is not reminded");
        signIn(officeSteward());
        assertThrows(AccessDeniedException.class, () -> reminders.remind(q.getId(), TODAY));

        String closingKey = "survey." + q.getId() + ".closing." + busy.id();
        reminders.queueClosingReminders(TODAY);
        assertTrue(outbox.byKey(closingKey).isEmpty(), "ten days before closing is too early");
        reminders.queueClosingReminders(TODAY.plusDays(8));
        reminders.queueClosingReminders(TODAY.plusDays(9));
        assertTrue(outbox.byKey(closingKey).orElseThrow().subject().startsWith("Vprašalnik se kmalu zapre"));
        assertEquals(1, outbox.toRecipient(busy.alias() + "@remind.example.org").stream()
                .filter(row -> row.dedupeKey().contains(".closing.")).count(), "once");
    }

    // ---------------------------------------------------------------- helpers

    /** A region rate's region, for readable assertions. */
    private static final class ResponseRateRegion {
        static Region of(si.mama.portal.survey.boundary.ResponseRate.RegionRate rate) {
            return rate.region();
        }
    }

    /**
     * A questionnaire sent to the given centres, open from ten days ago for ten more days: a required choice
     * "izvedli" (da/ne), a required text "katera" shown only when it is "da", and a required number "stevilo".
     */
    private Questionnaire questionnaire(Respondent respondent, boolean anonymous, int year, Caller.CentreRef... asked)
            throws PortalException {
        signIn(officeAdmin());
        return testQuestionnaires.sent(respondent, anonymous, year, asked);
    }

    /** Moves the closing date to yesterday (the opening date earlier still). */
    private void close(Questionnaire q) throws PortalException {
        signIn(officeAdmin());
        Questionnaire current = questionnaires.find(q.getId());
        QuestionnaireDetails d = current.details();
        questionnaires.update(q.getId(), current.getVersion(), new QuestionnaireDetails(d.year(), d.title(),
                d.introduction(), d.kind(), d.respondent(), d.audience(), d.regions(), d.centreIds(),
                TODAY.minusDays(20), TODAY.minusDays(1), d.anonymous()));
    }

    /** A year no questionnaire has yet, for a measure of this test's own. */
    private int freeYear() {
        signIn(officeAdmin());
        while (true) {
            int year = 2040 + ThreadLocalRandom.current().nextInt(50); // the academy keeps 2090–2100 for its own tests
            if (questionnaires.list(year).isEmpty()) {
                return year;
            }
        }
    }

    private static QuestionResult question(QuestionnaireResults results, String code) {
        return results.questions().stream().filter(r -> r.question().getCode().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(AnswerSheet sheet) {
        return sheet.visible().stream().map(q -> q.getCode()).toList();
    }

    private void signIn(Caller caller) {
        currentUser.signIn(caller);
    }

    @FunctionalInterface
    private interface PortalCall {
        void run() throws PortalException;
    }

    private static PortalException refused(String key, PortalCall call) {
        PortalException refused = assertThrows(PortalException.class, call::run);
        assertEquals(key, refused.messageKey());
        return refused;
    }
}

package si.mama.portal.platform.privacy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.academy.boundary.AttendanceRow;
import si.mama.portal.academy.boundary.Attendances;
import si.mama.portal.academy.boundary.Registrations;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.centre.boundary.ContactDraft;
import si.mama.portal.centre.boundary.MembershipRecords;
import si.mama.portal.centre.entity.ContactRole;
import si.mama.portal.news.boundary.NewsSubscriptions;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.AcademyTables;
import si.mama.portal.platform.testing.DatabaseProbe;
import si.mama.portal.platform.testing.MailTables;
import si.mama.portal.platform.testing.PrivacyTables;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestQuestionnaires;
import si.mama.portal.platform.testing.TestTrainings;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.practice.boundary.Practices;
import si.mama.portal.practice.entity.PracticeDetails;
import si.mama.portal.stewardship.boundary.Stewardship;
import si.mama.portal.stewardship.entity.ContactKind;
import si.mama.portal.stewardship.entity.MeetingFormat;
import si.mama.portal.stewardship.entity.MeetingPlan;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.boundary.Surveys;
import si.mama.portal.survey.control.QuestionResult;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.Respondent;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;
import static si.mama.portal.platform.testing.PersonDetailsBuilder.aPerson;

/**
 * Personal data in Payara Micro against a real MariaDB: a person with registrations, attendance and a certificate, a
 * staff request, their own questionnaire answers and an answer of the centre's, a contact entry in the membership
 * record, a meeting and a contact-log line that name them, a good practice with them as contact, the weekly news
 * and mails. The office admin's export holds all of it; the erasure is refused while they are active (or hold an open
 * request) and then leaves nothing of their name, address or phone in any text column of any table, while the
 * training's participants and hours and the questionnaire's results stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
public class PersonalDataIT {

    private static final LocalDate TODAY = PortalClock.today();

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(PersonalDataIT.class, PrivacyTables.class, TestTrainings.class,
                AcademyTables.class, MailTables.class, TestQuestionnaires.class);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonalData personalData;

    @Inject
    People people;

    @Inject
    Registrations registrations;

    @Inject
    Trainings trainingsBoundary;

    @Inject
    Attendances attendances;

    @Inject
    TestQuestionnaires testQuestionnaires;

    @Inject
    Surveys surveys;

    @Inject
    SurveyResults results;

    @Inject
    MembershipRecords records;

    @Inject
    Stewardship stewardship;

    @Inject
    Practices practices;

    @Inject
    NewsSubscriptions news;

    @Inject
    TestCentres centres;

    @Inject
    TestTrainings trainings;

    @Inject
    AcademyTables academy;

    @Inject
    MailTables outbox;

    @Inject
    PrivacyTables tables;

    @Inject
    DatabaseProbe database;

    @Test
    void theExportHoldsEverythingAndTheErasureLeavesNoTraceButTheCounts() throws PortalException {
        String surname = "Zorec" + UUID.randomUUID().toString().substring(0, 8);
        String fullName = "Ana " + surname;
        String phone = "041 " + ThreadLocalRandom.current().nextInt(100, 1000) + " " + ThreadLocalRandom.current().nextInt(100, 1000);
        String email = ("ana." + surname + "@personal.example.org").toLowerCase();
        Caller.CentreRef centre = centres.createMember("personal");
        String other = UUID.randomUUID().toString().substring(0, 8); // the others' addresses never contain her name
        centres.setEmail(centre, "pisarna-" + other + "@personal.example.org");
        signIn(centreAdmin(centre));
        Person ana = people.add(aPerson().named("Ana", surname).withEmail(email).build());
        Person bor = people.add(aPerson().named("Bor", "Kolega").withEmail("bor." + other + "@personal.example.org").build());
        Caller anaSignedIn = new Caller(email, fullName, Set.of(Role.CENTRE_STAFF), centre, email);

        // the academy: a training held with both, attendance and certificates; a staff request still open on another
        long held = trainings.published("personal-held", 10, null);
        registrations.register(held, List.of(ana.getId(), bor.getId()));
        signIn(officeAdmin());
        long session = trainingsBoundary.find(held).getSessions().get(0).getId();
        for (AcademyTables.RegistrationRow row : academy.live(held)) {
            attendances.mark(held, session, row.id(), true);
        }
        trainings.complete(held);
        signIn(officeAdmin());
        assertEquals(2, attendances.issueCertificates(held));
        long open = trainings.published("personal-open", 10, null);
        signIn(anaSignedIn);
        long request = registrations.request(open).getId();

        // questionnaires: her own response (a choice, a text naming her, a number) and an answer of the centre's
        Questionnaire own = questionnaire(Respondent.PERSON, centre);
        Questionnaire shared = questionnaire(Respondent.CENTRE, centre);
        signIn(anaSignedIn);
        surveys.save(own.getId(), "izvedli", AnswerValue.of("da"));
        surveys.save(own.getId(), "katera", AnswerValue.of("Delavnico je vodila " + fullName + "."));
        surveys.save(own.getId(), "stevilo", AnswerValue.of("3"));
        surveys.submit(own.getId());
        surveys.save(shared.getId(), "stevilo", AnswerValue.of("7"));
        signIn(new Caller(bor.getEmail(), bor.getFullName(), Set.of(Role.CENTRE_STAFF), centre, bor.getEmail()));
        surveys.save(own.getId(), "izvedli", AnswerValue.of("ne"));
        surveys.save(own.getId(), "stevilo", AnswerValue.of("5"));
        surveys.submit(own.getId());

        // the membership record, stewardship, a good practice, the news, a mail that went out
        signIn(officeAdmin());
        records.addContact(centre.id(), new ContactDraft(ContactRole.CONTACT_PERSON, fullName, email, phone));
        stewardship.plan(centre.id(), new MeetingPlan(TODAY.plusDays(5), MeetingFormat.ONLINE, "Skrbnik",
                fullName + ", Bor Kolega", "Predaja dela, ki ga je vodila " + fullName));
        stewardship.logContact(centre.id(), TODAY, ContactKind.CALL, "Klic: " + fullName + " odhaja iz centra");
        signIn(centreAdmin(centre));
        practices.create(new PracticeDetails("Praksa " + other, "Opis prakse.", null, null, null, Set.of(), null,
                fullName, email));
        signIn(anaSignedIn);
        news.subscribe("sl");
        tables.markOneSent(email);

        signIn(officeAdmin());
        PersonalDataExport export = personalData.export(email);
        assertAll("the export",
                () -> assertEquals(List.of(ana.getId()), export.people().stream().map(DataSubject.PersonRow::id).toList()),
                () -> assertEquals(PersonalDataExport.AccountLookup.NOT_MANAGED, export.accountLookup()),
                () -> assertEquals(2, export.section("registrations").rows().size(), "the seat and the staff request"),
                () -> assertEquals(1, export.section("attendance").rows().size()),
                () -> assertEquals(1, export.section("certificates").rows().size()),
                () -> assertEquals(1, export.section("surveyResponses").rows().size()),
                () -> assertEquals(4, export.section("surveyAnswers").rows().size(), "three own, one of the centre's"),
                () -> assertEquals(1, export.section("centreContacts").rows().size()),
                () -> assertTrue(cells(export, "membershipChanges").contains(
                        "membership.contactRole.CONTACT_PERSON: " + fullName + ", " + email + ", " + phone)),
                () -> assertEquals(1, export.section("meetings").rows().size()),
                () -> assertEquals(1, export.section("contactLog").rows().size()),
                () -> assertEquals(1, export.section("practices").rows().size()),
                () -> assertEquals(1, export.section("newsSubscription").rows().size()),
                () -> assertTrue(cells(export, "mails").contains(email), "mails to her"),
                () -> assertTrue(cells(export, "mails").contains("pisarna-" + other),
                        "the staff request to the centre names her"),
                () -> assertTrue(export.section("account").isEmpty()));
        JsonObject json = Json.createReader(new StringReader(PersonalDataJson.text(export))).readObject();
        assertEquals(PersonalDataJson.FORMAT, json.getString("format"));
        assertEquals(email, json.getString("email"));
        assertEquals(export.sections().stream().map(DataSection::key).toList(),
                List.copyOf(json.getJsonObject("sections").keySet()), "every section, in order, also empty ones");
        assertEquals(BigDecimal.valueOf(6).setScale(2), json.getJsonObject("sections").getJsonArray("certificates")
                .getJsonObject(0).getJsonNumber("hours").bigDecimalValue());
        assertEquals("CONFIRMED", json.getJsonObject("sections").getJsonArray("registrations").getJsonObject(0)
                .getString("status"));

        // refused while she is active, and while her request is open
        DatabaseProbe.PersonRow before = database.person(ana.getId());
        refused("personalData.error.active", () -> personalData.erase(email));
        assertEquals(before, database.person(ana.getId()), "nothing changed");
        signIn(centreAdmin(centre));
        people.deactivate(ana.getId());
        signIn(officeAdmin());
        refused("personalData.error.openRegistration", () -> personalData.erase(email));
        signIn(centreAdmin(centre));
        registrations.decline(request);

        // what the statistics count, before
        signIn(officeAdmin());
        int seats = academy.training(held).seatsTaken();
        List<BigDecimal> hours = attendances.sheet(held).stream().map(AttendanceRow::hours).toList();
        BigDecimal certificateHours = certificateHours(held);
        int submitted = results.rate(own.getId()).submitted();
        List<String> resultsBefore = summary(results.results(own.getId(), null).questions());
        assertFalse(tables.mentions(email).isEmpty());

        String placeholder = personalData.erase(email);

        assertEquals("Izbrisana oseba #" + ana.getId(), placeholder);
        for (String trace : List.of(email, fullName, surname, phone)) {
            assertEquals(Map.of(), tables.mentions(trace), "no table keeps " + trace);
        }
        DatabaseProbe.PersonRow erased = database.person(ana.getId());
        assertEquals(List.of("Izbrisana", "oseba #" + ana.getId(), "erased-" + ana.getId() + "@erased.invalid", false),
                List.of(erased.firstName(), erased.lastName(), erased.email(), erased.active()));
        assertEquals("Bor Kolega", database.person(bor.getId()).firstName() + " " + database.person(bor.getId()).lastName());
        assertAll("the counts",
                () -> assertEquals(seats, academy.training(held).seatsTaken()),
                () -> assertEquals(2, academy.live(held).size(), "both still took part"),
                () -> assertEquals(hours, attendances.sheet(held).stream().map(AttendanceRow::hours).toList()),
                () -> assertEquals(certificateHours, certificateHours(held)),
                () -> assertEquals(submitted, results.rate(own.getId()).submitted()),
                () -> assertEquals(resultsBefore, summary(results.results(own.getId(), null).questions())));
        assertEquals(List.of("[izbrisano]"), results.results(own.getId(), null).questions().stream()
                .filter(q -> q.question().getCode().equals("katera")).flatMap(q -> q.texts().stream())
                .map(QuestionResult.Text::text).toList(), "her text is counted, not readable");
        List<MailTables.MailRow> sent = outbox.toRecipient("erased-" + ana.getId() + "@erased.invalid");
        assertEquals(List.of("SENT"), sent.stream().map(MailTables.MailRow::status).toList(),
                "the sent mail is kept, blank; the unsent ones are gone");
        assertEquals("[izbrisano]", sent.get(0).subject());
        PersonalData.ErasureRow logged = personalData.erasures(50).stream().filter(e -> e.personId() == ana.getId())
                .findFirst().orElseThrow();
        assertEquals(List.of(centre.id(), centre.name(), "office.admin", false),
                List.of(logged.centreId(), logged.centreName(), logged.erasedBy(), logged.accountDeleted()));
        assertTrue(personalData.export(email).isEmpty(), "the address finds nothing any more");

        signIn(centreAdmin(centre));
        refused("people.error.erased", () -> people.reactivate(ana.getId()));
        assertTrue(people.find(ana.getId()).isErased());
    }

    @Test
    void onlyTheOfficeAdminExportsOrErases() throws PortalException {
        Caller.CentreRef centre = centres.createMember("personal-roles");
        signIn(centreAdmin(centre));
        Person leaver = people.add(aPerson().named("Lea", "Odhod").withEmail("lea." + UUID.randomUUID() + "@roles.example.org").build());
        people.deactivate(leaver.getId());
        DatabaseProbe.PersonRow before = database.person(leaver.getId());
        for (Caller caller : List.of(centreAdmin(centre), centreStaff(centre), officeSteward())) {
            signIn(caller);
            assertAll(caller.username(),
                    () -> assertThrows(AccessDeniedException.class, () -> personalData.export(leaver.getEmail())),
                    () -> assertThrows(AccessDeniedException.class, () -> personalData.erase(leaver.getEmail())),
                    () -> assertThrows(AccessDeniedException.class, () -> personalData.erasures(10)));
        }
        assertEquals(before, database.person(leaver.getId()), "nothing changed");
        signIn(officeAdmin());
        refused("personalData.error.nobody", () -> personalData.erase("nobody." + UUID.randomUUID() + "@roles.example.org"));
        assertTrue(personalData.export("nobody@roles.example.org").isEmpty());
        refused("personalData.error.email", () -> personalData.export("not an address"));
    }

    // ---------------------------------------------------------------- helpers

    private BigDecimal certificateHours(long trainingId) {
        return tables.decimal("select sum(c.hours) from certificate c join registration r on r.id = c.registration_id"
                + " where r.training_id = ?", trainingId);
    }

    /** Each question's shown, answered, choice counts and mean: what the results page shows as numbers. */
    private static List<String> summary(List<QuestionResult> questions) {
        return questions.stream().map(q -> q.question().getCode() + " " + q.shown() + "/" + q.answered() + " "
                + q.counts().stream().map(c -> c.code() + "=" + c.count()).toList() + " " + q.mean()
                + " texts=" + q.texts().size()).toList();
    }

    private static String cells(PersonalDataExport export, String section) {
        return export.section(section).rows().toString();
    }

    private Questionnaire questionnaire(Respondent respondent, Caller.CentreRef centre) throws PortalException {
        signIn(officeAdmin());
        return testQuestionnaires.sent(respondent, false, TODAY.getYear(), centre);
    }

    private void signIn(Caller caller) {
        currentUser.signIn(caller);
    }

    @FunctionalInterface
    private interface PortalCall {
        void run() throws PortalException;
    }

    private static void refused(String key, PortalCall call) {
        PortalException refused = assertThrows(PortalException.class, call::run);
        assertEquals(key, refused.messageKey());
    }
}

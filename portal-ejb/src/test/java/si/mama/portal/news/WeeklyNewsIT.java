package si.mama.portal.news;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.news.boundary.NewsArchive;
import si.mama.portal.news.boundary.NewsIssues;
import si.mama.portal.news.boundary.NewsSubscriptions;
import si.mama.portal.news.entity.IssueItem;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.news.entity.NewsSubscription;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.AcademyTables;
import si.mama.portal.platform.testing.MailTables;
import si.mama.portal.platform.testing.NewsTables;
import si.mama.portal.platform.testing.PracticeTables;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestMailServer;
import si.mama.portal.platform.testing.TestTrainings;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.practice.boundary.PracticeReviews;
import si.mama.portal.practice.boundary.Practices;
import si.mama.portal.practice.entity.PartnerType;
import si.mama.portal.practice.entity.Practice;
import si.mama.portal.practice.entity.PracticeDetails;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.entity.Audience;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionDetails;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireDetails;
import si.mama.portal.survey.entity.QuestionnaireKind;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.SurveySection;
import si.mama.portal.survey.entity.SurveySectionDetails;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;

/**
 * The weekly news in Payara Micro against a real MariaDB: this week's draft gathers what the academy, the
 * questionnaires and the good practices offer (never a centre's draft), the office leaves items out and sends it
 * once, one mail per subscriber in their language, received by a real SMTP server; a centre cannot send, and a
 * mail's token unsubscribes without signing in. The test starts from no issue this week and no subscriber.
 */
@ExtendWith(ArquillianExtension.class)
public class WeeklyNewsIT {

    private static final String DOMAIN = "news-it.example.org";
    private static final LocalDate TODAY = PortalClock.today();

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(WeeklyNewsIT.class, NewsTables.class, TestTrainings.class, AcademyTables.class,
                        TestMailServer.class, MailTables.class, PracticeTables.class)
                .addAsLibraries(TestDeployment.testLibraries());
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    NewsIssues issues;

    @Inject
    NewsArchive archive;

    @Inject
    NewsSubscriptions subscriptions;

    @Inject
    NewsTables newsTables;

    @Inject
    TestCentres centres;

    @Inject
    TestTrainings trainings;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Practices practices;

    @Inject
    PracticeReviews reviews;

    @Inject
    PracticeTables practiceTables;

    @Inject
    TestMailServer mailServer;

    @Inject
    MailTables outbox;

    @BeforeEach
    void noIssueThisWeekNoSubscriberAndNoBacklog() {
        newsTables.forgetWeekOfAndSubscribers(TODAY);
        mailServer.start();
        outbox.parkAllBut(DOMAIN);
    }

    @Test
    void thisWeeksIssueGathersTheSourcesAndGoesOnceToEverySubscriberInTheirLanguage() throws Exception {
        Caller.CentreRef centre = centres.createMember("news");
        long trainingId = trainings.published("novice", 10, null);
        Questionnaire questionnaire = openQuestionnaire(centre);
        Practice published = publishedPractice(centre, "Objavljena praksa " + System.nanoTime());
        signIn(centreAdmin(centre));
        Practice draft = practices.create(complete("Osnutek prakse " + System.nanoTime()));

        String slovenian = "ana." + System.nanoTime() + "@" + DOMAIN;
        String english = "tom." + System.nanoTime() + "@" + DOMAIN;
        signIn(centreStaff(centre, slovenian));
        subscriptions.subscribe("sl");
        signIn(new Caller("office.news", "Office", Set.of(Role.OFFICE_STAFF), null, english));
        subscriptions.subscribe("en");

        signIn(officeAdmin());
        NewsIssue issue = issues.openThisWeek();
        assertTrue(issue.isDraft());
        assertEquals(issue.getId(), issues.openThisWeek().getId(), "one issue per week: opened again, not made again");
        assertTrue(has(issue, NewsSection.ACADEMY, "/academy/training?id=" + trainingId));
        assertTrue(issue.itemsIn(NewsSection.SURVEY, false).stream().anyMatch(item -> item.getTitle().equals(questionnaire.getTitle())
                && item.getDate().equals(questionnaire.getClosesOn())));
        assertTrue(has(issue, NewsSection.PRACTICE, "/practices/view?id=" + published.getId()));
        assertFalse(has(issue, NewsSection.PRACTICE, "/practices/view?id=" + draft.getId()), "a centre's draft is never news");
        assertTrue(issue.getItems().stream().noneMatch(item -> item.getTitle().equals(draft.getTitle())));

        long practiceItem = item(issue, NewsSection.PRACTICE, "/practices/view?id=" + published.getId()).getId();
        issue = issues.include(issue.getId(), practiceItem, false);
        issue = issues.write(issue.getId(), issue.getVersion(), "Novice IT", "Drage članice,\n\nnovice iz testa.");
        assertEquals(2, issues.recipients());
        long version = issue.getVersion();
        long id = issue.getId();

        signIn(centreAdmin(centre));
        assertThrows(AccessDeniedException.class, () -> issues.send(id, version));
        signIn(officeSteward());
        assertThrows(AccessDeniedException.class, () -> issues.send(id, version));

        signIn(officeAdmin());
        assertEquals(2, issues.send(id, version));
        assertEquals("news.error.alreadySent", assertThrows(PortalException.class, () -> issues.send(id, version)).messageKey());
        assertEquals("news.error.alreadySent", assertThrows(PortalException.class,
                () -> issues.write(id, version + 1, "Drugače", null)).messageKey());

        MimeMessage sl = single(slovenian);
        assertEquals("Tedenske novice Mreže MaMa, " + issue.getWeek() + ". teden: Novice IT", sl.getSubject());
        String slText = ((String) sl.getContent()).replace("\r\n", "\n");
        assertTrue(slText.contains("Drage članice,\n\nnovice iz testa."), slText);
        assertTrue(slText.contains("/academy/training?id=" + trainingId), slText);
        assertTrue(slText.contains(questionnaire.getTitle()), slText);
        assertFalse(slText.contains(published.getTitle()), "the practice was left out: " + slText);
        assertTrue(slText.contains("/public/news/unsubscribe?token=" + tokenOf(centreStaff(centre, slovenian))), slText);

        MimeMessage en = single(english);
        assertTrue(en.getSubject().startsWith("Mreža MaMa weekly news, week "), en.getSubject());
        assertTrue(((String) en.getContent()).contains("register by"));
        assertEquals(1, outbox.toRecipient(slovenian).size());
        assertEquals(1, outbox.toRecipient(english).size());

        signIn(centreStaff(centre));
        NewsIssue archived = archive.issue(id);
        assertEquals(2, archived.getRecipientCount());
        assertEquals("office.admin", archived.getSentBy());
        assertTrue(archive.sent(0, 50).rows().stream().anyMatch(row -> row.getId() == id));
    }

    @Test
    void aMailsTokenUnsubscribesWithoutSigningInOnceAndAMemberUnsubscribesThemself() throws PortalException {
        Caller.CentreRef centre = centres.createMember("unsub");
        Caller reader = centreStaff(centre, "eva." + System.nanoTime() + "@" + DOMAIN);
        signIn(reader);
        NewsSubscription subscription = subscriptions.subscribe("sl");
        assertEquals(subscription.getId(), subscriptions.subscribe("en").getId(), "subscribing again changes the language");
        assertEquals("en", subscriptions.mine().orElseThrow().getLanguage());

        signIn(Caller.anonymous());
        assertTrue(subscriptions.byToken(subscription.getToken()).isPresent());
        assertTrue(subscriptions.unsubscribeByToken(subscription.getToken()));
        assertFalse(subscriptions.unsubscribeByToken(subscription.getToken()), "the token is spent");
        assertTrue(subscriptions.byToken("not-a-token").isEmpty());

        signIn(reader);
        assertTrue(subscriptions.mine().isEmpty());
        subscriptions.subscribe("sl");
        subscriptions.unsubscribe();
        assertTrue(subscriptions.mine().isEmpty());

        signIn(centreStaff(centre));
        assertEquals("news.error.noVerifiedEmail", assertThrows(PortalException.class, () -> subscriptions.subscribe("sl")).messageKey());
        signIn(Caller.anonymous());
        assertThrows(AccessDeniedException.class, () -> subscriptions.subscribe("sl"));
        assertThrows(AccessDeniedException.class, () -> archive.sent(0, 10));
    }

    private Questionnaire openQuestionnaire(Caller.CentreRef asked) throws PortalException {
        signIn(officeAdmin());
        Questionnaire q = questionnaires.create(new QuestionnaireDetails(TODAY.getYear(), "Vprašalnik novic " + System.nanoTime(),
                null, QuestionnaireKind.NEEDS, Respondent.CENTRE, Audience.CENTRES, Set.of(), Set.of(asked.id()),
                TODAY.minusDays(2), TODAY.plusDays(12), false));
        SurveySection section = questionnaires.addSection(q.getId(), new SurveySectionDetails("Potrebe", null, null));
        questionnaires.addQuestion(q.getId(), section.getId(), new QuestionDetails(QuestionType.SINGLE, "potreba",
                "Ali potrebujete usposabljanje?", null, true, List.of(new Choice(null, "Da"), new Choice(null, "Ne")),
                false, null, null, null, null, null, null));
        return questionnaires.send(q.getId());
    }

    private Practice publishedPractice(Caller.CentreRef centre, String title) throws PortalException {
        signIn(centreAdmin(centre));
        Practice practice = practices.create(complete(title));
        practice = practices.submit(practice.getId(), practice.getVersion());
        signIn(officeAdmin());
        reviews.publish(practice.getId(), practiceTables.practice(practice.getId()).version(), false);
        return practice;
    }

    private static PracticeDetails complete(String title) {
        return new PracticeDetails(title, "Kaj smo naredili.", "Novice", "mladi", "OŠ Primer", EnumSet.of(PartnerType.SCHOOL),
                "Rezultati.", "Kontakt Primer", "kontakt@example.org");
    }

    private static boolean has(NewsIssue issue, NewsSection section, String link) {
        return issue.itemsIn(section, false).stream().anyMatch(item -> item.getLinkPath().equals(link));
    }

    private static IssueItem item(NewsIssue issue, NewsSection section, String link) {
        return issue.itemsIn(section, false).stream().filter(item -> item.getLinkPath().equals(link)).findFirst().orElseThrow();
    }

    private MimeMessage single(String address) throws InterruptedException {
        List<MimeMessage> received = mailServer.await(address, 1, Duration.ofSeconds(30));
        assertEquals(1, received.size(), "one mail to " + address);
        return received.get(0);
    }

    private String tokenOf(Caller caller) {
        Caller before = currentUser.caller();
        signIn(caller);
        Optional<NewsSubscription> mine = subscriptions.mine();
        signIn(before);
        return mine.orElseThrow().getToken();
    }

    private void signIn(Caller caller) {
        currentUser.signIn(caller);
    }
}

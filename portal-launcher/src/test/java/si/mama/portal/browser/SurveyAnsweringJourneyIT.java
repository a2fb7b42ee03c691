package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two colleagues of MC Brežice fill the centre's one response to this year's needs questionnaire at the same time,
 * each in their own browser, and see each other's answers with who changed them. The staff member's session ends in
 * the middle; the answer typed then is kept in the browser, and after signing in again it is saved and nothing is
 * lost. The admin's first submission is refused with the missing required question; completed, it is submitted.
 * On a stack reused from an earlier run the response is submitted already: the admin reopens it first.
 */
@ExtendWith(Browser.class)
class SurveyAnsweringJourneyIT {

    private static final String TITLE = "Vprašalnik o potrebah po usposabljanjih";
    private static final String STAFF = "Gregor Kolar";
    private static final String ADMIN = "Alenka Mlakar";
    private static final String SAVED = "Vsi odgovori so shranjeni.";
    private static final String REFUSED = "Nekaterih odgovorov nismo shranili: poglejte sporočila ob vprašanjih.";

    @Test
    void twoColleaguesFillOneResponseOneSessionEndsMidwayNothingIsLostAndTheAdminSubmits(Browser staff) throws Exception {
        long run = System.currentTimeMillis() % 100_000;
        String employees = Long.toString(1 + run % 150);
        String volunteers = Long.toString(200 + run % 4000);

        String path = openQuestionnaire(staff);
        staff.keepEvidence("survey-staff-opens");
        Browser admin = staff.another();
        adminOpens(admin, path);
        admin.keepEvidence("survey-admin-opens");
        staff.driver().navigate().refresh();

        // the staff member answers; every change is saved as it is typed, and a refusal shows next to its question
        replace(input(staff, "zaposleni"), "250");
        awaitState(staff, REFUSED);
        assertEquals("Število mora biti med 0 in 200.", error(staff, "zaposleni"));
        type(staff, "zaposleni", employees);
        assertEquals("", error(staff, "zaposleni"));
        String firstIdea = "Več usposabljanj v živo, prosimo (" + run + ").";
        type(staff, "predlogi", firstIdea);
        assertTrue(changedBy(staff, "predlogi").contains("Nazadnje spremenil(a) " + STAFF), changedBy(staff, "predlogi"));

        // the admin answers too; "mednarodno-teme" shows only while the centre would go abroad
        type(admin, "prostovoljci", volunteers);
        choose(admin, "mednarodno", "ne");
        admin.waitUntil(ExpectedConditions.numberOfElementsToBe(question("mednarodno-teme"), 0));
        choose(admin, "mednarodno", "da");
        String topics = "Participacija mladih in dialog z odločevalci (" + run + ").";
        type(admin, "mednarodno-teme", topics);
        admin.keepEvidence("survey-admin-answers");

        // each sees the other's answers after a reload, with who changed them last
        staff.driver().navigate().refresh();
        assertEquals(volunteers, input(staff, "prostovoljci").getAttribute("value"));
        assertTrue(changedBy(staff, "prostovoljci").contains(ADMIN), changedBy(staff, "prostovoljci"));
        assertEquals(topics, input(staff, "mednarodno-teme").getAttribute("value"));
        admin.driver().navigate().refresh();
        assertEquals(employees, input(admin, "zaposleni").getAttribute("value"));
        assertTrue(changedBy(admin, "zaposleni").contains("Nazadnje spremenil(a) " + STAFF), changedBy(admin, "zaposleni"));
        assertEquals(firstIdea, input(admin, "predlogi").getAttribute("value"));
        staff.keepEvidence("survey-staff-sees-admin");

        // the staff member's session ends while the page stays open (the admin keeps working meanwhile)
        String sessionBefore = sessionOf(staff);
        letTheSessionEnd(staff, admin);

        // typed after the end: kept in the browser, saved after signing in again (silently while Keycloak's lasts)
        String secondIdea = "Tudi supervizija za vodje, dvakrat letno (" + run + ").";
        replace(input(staff, "predlogi"), secondIdea);
        staff.waitUntil(d -> restored(d) || !d.findElements(By.id("username")).isEmpty());
        if (!staff.driver().findElements(By.id("username")).isEmpty()) {
            staff.logIn("brezice.staff");
        }
        staff.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("surveyRestored"),
                "Shranili smo odgovore, ki ste jih vnesli, ko je seja potekla."));
        assertEquals(staff.baseUrl() + path, staff.driver().getCurrentUrl(), "the login brought the browser back to the questionnaire");
        assertNotEquals(sessionBefore, sessionOf(staff), "a new session: the old one had ended");
        awaitSaved(staff);
        assertEquals(secondIdea, input(staff, "predlogi").getAttribute("value"));
        staff.keepEvidence("survey-restored-after-expiry");

        // and every answer is kept, on the server: a fresh page shows them all
        staff.driver().navigate().refresh();
        assertEquals(secondIdea, input(staff, "predlogi").getAttribute("value"));
        assertTrue(changedBy(staff, "predlogi").contains(STAFF), changedBy(staff, "predlogi"));
        assertEquals(employees, input(staff, "zaposleni").getAttribute("value"));
        assertEquals(volunteers, input(staff, "prostovoljci").getAttribute("value"));
        assertEquals(topics, input(staff, "mednarodno-teme").getAttribute("value"));
        assertTrue(staff.driver().findElements(By.id("answerForm:submitResponse")).isEmpty(), "staff do not submit");
        staff.find(By.id("adminSubmits"));

        // the admin submits: refused while a required question is unanswered, which the refusal links to
        admin.driver().navigate().refresh();
        assertEquals(secondIdea, input(admin, "predlogi").getAttribute("value"));
        if (!admin.driver().findElements(clear("zadovoljstvo")).isEmpty()) {
            admin.click(clear("zadovoljstvo"));
            awaitSaved(admin);
        }
        admin.click(By.id("answerForm:submitResponse"));
        WebElement missing = admin.find(By.id("answerForm:missingList"));
        assertTrue(missing.getText().contains("Kako ste zadovoljni z dosedanjimi usposabljanji Mreže MaMa?"), missing.getText());
        assertEquals("v pripravi", admin.find(By.id("responseStatus")).getText());
        admin.keepEvidence("survey-submit-refused");
        admin.click(By.xpath("//*[@id='answerForm:missingList']//a[contains(., 'Kako ste zadovoljni')]"));
        assertTrue(admin.driver().getCurrentUrl().contains("#question-"), admin.driver().getCurrentUrl());
        choose(admin, "zadovoljstvo", "4");
        tickAny(admin, "teme");
        tickAny(admin, "ciljne-skupine");
        choose(admin, "oblika", "kombinirano");
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("completeNote"), "Vsa obvezna vprašanja so odgovorjena"));
        admin.click(By.id("answerForm:submitResponse"));
        admin.waitUntil(ExpectedConditions.textToBe(By.id("responseStatus"), "oddano"));
        admin.find(By.id("answerForm:reopenResponse"));
        admin.keepEvidence("survey-submitted");

        // the staff member sees it submitted and no longer editable
        staff.driver().navigate().refresh();
        assertEquals("oddano", staff.find(By.id("responseStatus")).getText());
        assertNotNull(input(staff, "predlogi").getAttribute("disabled"), "a submitted response is read-only");
        staff.find(By.id("submittedNote"));
    }

    @Test
    void anAnswerTypedWhileTheConnectionIsDownIsSavedWhenItIsBackButNeverOverAColleaguesNewerOne(Browser staff)
            throws Exception {
        long run = System.currentTimeMillis() % 100_000;
        String path = openQuestionnaire(staff);
        Browser admin = staff.another();
        adminOpens(admin, path);
        staff.driver().navigate().refresh();
        type(staff, "predlogi", "Predlog pred izpadom povezave (" + run + ").");

        // the connection drops: what the staff member types waits in the browser, and the page says so
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        staff.driver().setNetworkConditions(offline);
        String employees = Long.toString(1 + run % 150);
        String idea = "Predlog med izpadom povezave (" + run + ").";
        replace(input(staff, "zaposleni"), employees);
        replace(input(staff, "predlogi"), idea);
        staff.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), "še niso shranjeni"));
        assertEquals(2L, ((JavascriptExecutor) staff.driver()).executeScript("return portalSurvey.pending().length;"));
        staff.keepEvidence("survey-offline-pending");

        // meanwhile the admin rewrites the suggestions
        String adminIdea = "Predlog vodstva (" + run + ").";
        type(admin, "predlogi", adminIdea);

        // back online: the number is saved, the older suggestion is not written over the admin's, and the page says why
        staff.driver().deleteNetworkConditions();
        awaitState(staff, REFUSED);
        assertTrue(error(staff, "predlogi").startsWith("Ta odgovor je medtem spremenil(a) " + ADMIN), error(staff, "predlogi"));
        assertTrue(error(staff, "predlogi").contains(idea), "the message keeps what was not saved");
        assertEquals(adminIdea, input(staff, "predlogi").getAttribute("value"), "the page shows what is saved");
        assertTrue(changedBy(staff, "zaposleni").contains(STAFF), changedBy(staff, "zaposleni"));
        staff.keepEvidence("survey-kept-answer-not-over-newer");
        staff.driver().navigate().refresh();
        assertEquals(employees, input(staff, "zaposleni").getAttribute("value"));
        assertEquals(adminIdea, input(staff, "predlogi").getAttribute("value"));
    }

    @Test
    void aClosedQuestionnaireShowsTheCentresAnswersReadOnlyAndLinksToItsResults(Browser staff) {
        staff.signIn("brezice.staff");
        staff.click(By.id("navSurveys"));
        By closed = By.xpath("//tr[contains(@class, 'survey-CLOSED') and .//a[normalize-space()='" + TITLE + " 2021']]");
        assertTrue(staff.find(closed).getText().contains("oddano"), staff.find(closed).getText());
        staff.click(By.xpath("//tr[contains(@class, 'survey-CLOSED') and .//a[normalize-space()='" + TITLE + " 2021']]"
                + "//a[contains(@class, 'answer-link')]"));
        assertTrue(staff.find(By.id("closedNote")).getText().contains("zaprt"));
        assertTrue(staff.find(By.id("resultsLink")).getAttribute("href").matches(".*/surveys/results\\?id=\\d+"));
        assertTrue(staff.driver().findElements(By.cssSelector("#answerForm .survey-question input, #answerForm .survey-question textarea"))
                .stream().allMatch(field -> field.getAttribute("disabled") != null), "nothing can be changed");
        assertTrue(staff.driver().findElements(By.cssSelector(".survey-clear, .rank-confirm, #answerForm\\:submitResponse")).isEmpty());
        assertTrue(changedBy(staff, "zaposleni").contains("Predstavnik centra"), changedBy(staff, "zaposleni"));
        staff.keepEvidence("survey-closed-read-only");
    }

    // ------------------------------------------------------------------ the journey's steps

    /** Signs the staff member in and opens the open questionnaire from the centre's list; its address. */
    private static String openQuestionnaire(Browser staff) {
        staff.signIn("brezice.staff");
        staff.click(By.id("navSurveys"));
        By open = By.xpath("//tr[contains(@class, 'survey-OPEN')]//a[contains(@class, 'survey-link')"
                + " and starts-with(normalize-space(), '" + TITLE + "')]");
        staff.find(open);
        staff.keepEvidence("surveys-list");
        staff.click(open);
        staff.find(By.id("answerForm"));
        String path = staff.driver().getCurrentUrl().substring(staff.baseUrl().length());
        assertTrue(path.matches("/surveys/answer\\?id=\\d+"), path);
        return path;
    }

    /**
     * The admin, on another computer, opens the same address signed out: after the login it is still that page. A
     * response submitted in an earlier run on the same stack is reopened first.
     */
    private static void adminOpens(Browser admin, String path) {
        admin.signInAt("brezice.admin", path);
        if (!admin.driver().findElements(By.id("answerForm:reopenResponse")).isEmpty()) {
            admin.click(By.id("answerForm:reopenResponse"));
            admin.find(By.id("answerForm:submitResponse"));
        }
    }

    // ------------------------------------------------------------------ the page

    private static By question(String code) {
        return By.cssSelector(".survey-question[data-code='" + code + "']");
    }

    private static WebElement input(Browser browser, String code) {
        return browser.find(By.cssSelector(".survey-question[data-code='" + code + "'] :is(.survey-text, .survey-number, .survey-date)"));
    }

    private static By clear(String code) {
        return By.cssSelector(".survey-question[data-code='" + code + "'] .survey-clear");
    }

    private static String changedBy(Browser browser, String code) {
        return browser.find(By.cssSelector(".survey-question[data-code='" + code + "'] .changed-by")).getText();
    }

    /** Types a new answer into a text or number field and waits until the server has it. */
    private static void type(Browser browser, String code, String text) {
        replace(input(browser, code), text);
        awaitSaved(browser);
    }

    private static void replace(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Picks a radio by its label; saved at once. */
    private static void choose(Browser browser, String code, String label) {
        By radio = By.xpath("//div[@data-code='" + code + "']//label[normalize-space()='" + label + "']");
        WebElement input = browser.find(By.id(browser.find(radio).getAttribute("for")));
        if (!input.isSelected()) {
            browser.click(radio);
            awaitSaved(browser);
        }
    }

    /** Ticks the first choice of a multiple choice unless one is ticked already. */
    private static void tickAny(Browser browser, String code) {
        String boxes = ".survey-question[data-code='" + code + "'] input[type=checkbox]:not(.survey-other-option)";
        if (browser.driver().findElements(By.cssSelector(boxes)).stream().noneMatch(WebElement::isSelected)) {
            browser.click(By.cssSelector(".survey-question[data-code='" + code + "'] .survey-choice label"));
            awaitSaved(browser);
        }
    }

    /** Nothing typed is waiting: the server confirmed every change and the browser's journal is empty. */
    private static void awaitSaved(Browser browser) {
        awaitState(browser, SAVED);
    }

    /** The server has answered every change (the journal is empty) and the page sums up how it went. */
    private static void awaitState(Browser browser, String state) {
        browser.waitUntil(d -> state.equals(d.findElement(By.id("saveState")).getText())
                && Long.valueOf(0).equals(((JavascriptExecutor) d).executeScript("return portalSurvey.pending().length;")));
    }

    private static String error(Browser browser, String code) {
        return browser.driver().findElement(By.cssSelector(".survey-question[data-code='" + code + "'] .question-error")).getText();
    }

    private static boolean restored(WebDriver driver) {
        return !driver.findElements(By.id("surveyRestored")).stream()
                .filter(notice -> notice.getText().contains("Shranili smo")).toList().isEmpty();
    }

    private static String sessionOf(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    /**
     * The one real wait of the suite: past the stack's session timeout (90 s), while the admin's page reloads now and
     * then as someone working would. Against an external portal (half an hour) the staff member's session cookie is
     * dropped instead, which the server sees the same way.
     */
    private static void letTheSessionEnd(Browser staff, Browser admin) throws InterruptedException {
        Duration timeout = staff.sessionTimeout();
        if (timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            staff.driver().manage().deleteCookieNamed("JSESSIONID");
            return;
        }
        Instant end = Instant.now().plus(timeout).plusSeconds(15);
        while (Instant.now().isBefore(end)) {
            Thread.sleep(Math.min(30_000, Math.max(1, Duration.between(Instant.now(), end).toMillis())));
            admin.driver().navigate().refresh();
            admin.find(By.id("answerForm"));
        }
        assertFalse(sessionOf(staff).isEmpty(), "the browser still has its old session cookie: only the server forgot it");
    }
}

package si.mama.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core over the main pages of each role, and over pages with a dialog open: no serious or critical violation of
 * WCAG 2.1 A/AA. Record ids are taken from the links of the listing pages (only the demo centres 1 and 2 are named).
 * The reports are under target/browser/accessibility; the run's count line is printed at the end.
 */
@ExtendWith(Browser.class)
class AccessibilityIT {

    @AfterAll
    static void printTheCounts() {
        System.out.println(Accessibility.countLine());
    }

    @Test
    void signedOutPages(Browser browser) {
        Checks checks = new Checks(browser);
        // the login page is Keycloak's own theme, not the portal's
        checks.page("public-plan", "/public/plan");
        checks.page("public-practices", "/public/practices");
        checks.page("public-practice", checks.linkOn("/public/practices", "/public/practices/view?id="));
        checks.assertNone();
    }

    @Test
    void centreStaffPages(Browser browser) {
        browser.signIn("brezice.staff");
        Checks checks = new Checks(browser);
        checks.page("centre-home", "/centre");
        checks.page("academy", "/academy?year=2021");
        checks.page("academy-training", checks.linkOn("/academy?year=2021", "/academy/training?id="));
        checks.page("plan", "/plan?year=2021");
        checks.page("plan-progress", "/plan/progress?year=2021&month=7");
        checks.page("surveys", "/surveys");
        checks.page("survey-answer", checks.linkOn("/surveys", "/surveys/answer?id="));
        checks.page("practices", "/practices");
        checks.page("news", "/news");
        checks.assertNone();
    }

    @Test
    void centreAdminPagesAndDialogs(Browser browser) {
        browser.signIn("brezice.admin");
        Checks checks = new Checks(browser);
        checks.page("centre-home-admin", "/centre");
        // a confirmation (PrimeFaces' global confirm dialog), answered "no"
        checks.dialog("confirm-dialog", By.cssSelector("[id='staffForm:staff'] .deactivate-person"), By.cssSelector(".ui-confirmdialog-no"));
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-no")));
        checks.dialog("add-person-dialog", By.id("staffForm:addPerson"), By.id("personForm:firstName"));
        checks.page("centre-record", "/centre/record");
        checks.dialog("contact-person-dialog", By.id("recordContactsForm:addContact"), By.cssSelector("[id='contactPersonForm'] input[type='text']"));
        checks.page("academy-record", "/academy/record");
        checks.page("academy-training-admin", checks.linkOn("/academy?year=2021", "/academy/training?id="));
        checks.page("practice-editor", "/practices/edit");
        checks.assertNone();
    }

    @Test
    void officeStaffPages(Browser browser) {
        browser.signIn("office.steward");
        Checks checks = new Checks(browser);
        checks.page("office-home", "/office");
        checks.page("office-stewardship", "/office/stewardship");
        checks.dialog("plan-meeting-dialog", By.cssSelector(".plan-meeting"), By.id("planDialogTitle"));
        // MC Celje (id 2) has a meeting in the demo data
        checks.page("office-meeting", checks.linkOn("/office/centre?id=2", "/office/meeting?id="));
        checks.page("office-coverage", "/office/coverage");
        checks.assertNone();
    }

    @Test
    void officeAdminPagesAndDialogs(Browser browser) {
        browser.signIn("office.admin");
        Checks checks = new Checks(browser);
        checks.page("office-centres", "/office/centres");
        checks.dialog("new-centre-dialog", By.id("centresActionsForm:newCentre"), By.id("newCentreForm:name"));
        checks.page("office-centre", "/office/centre?id=1");
        checks.page("office-plans", "/office/plans");
        checks.page("office-plan", checks.linkOn("/office/plans", "/office/plan?id="));
        String training = checks.linkOn("/academy?year=2021", "/office/training?id=");
        checks.page("office-training", training);
        checks.page("office-attendance", checks.linkOn(training, "/office/attendance?training="));
        checks.page("office-surveys", "/office/surveys");
        checks.dialog("new-survey-dialog", By.id("surveysForm:newSurvey"), By.cssSelector("[id='createForm'] input[type='text']"));
        String survey = checks.linkOn("/office/surveys", "/office/survey?id=");
        checks.page("office-survey", survey);
        checks.page("office-survey-results", survey.replace("/office/survey?", "/office/survey-results?"));
        checks.page("office-practices", "/office/practices");
        checks.page("office-mail", "/office/mail");
        checks.page("office-fees", "/office/fees");
        checks.page("office-accounts", "/office/accounts");
        checks.page("office-news", "/office/news");
        checks.page("office-news-issue", checks.linkOn("/office/news", "/office/news-issue?id="));
        checks.page("office-proposals", "/office/proposals");
        checks.assertNone();
    }

    /** The pages of one test and their serious and critical violations. */
    private static final class Checks {
        private final Browser browser;
        private final List<Accessibility.Page> pages = new ArrayList<>();

        Checks(Browser browser) {
            this.browser = browser;
        }

        void page(String name, String path) {
            browser.open(path);
            browser.find(By.id("content"));
            pages.add(browser.checkAccessibility(name));
        }

        /** Opens a dialog on the current page with {@code button}, waits for {@code shown} in it, then checks. */
        void dialog(String name, By button, By shown) {
            browser.click(button);
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(shown));
            pages.add(browser.checkAccessibility(name));
        }

        /** The path of the first link on {@code path} whose address contains {@code hrefPart}, e.g. a record's page. */
        String linkOn(String path, String hrefPart) {
            browser.open(path);
            WebElement link = browser.find(By.cssSelector("a[href*='" + hrefPart + "']"));
            String href = link.getAttribute("href");
            return href.substring(href.indexOf(hrefPart));
        }

        void assertNone() {
            List<Accessibility.Violation> violations = pages.stream().flatMap(p -> p.violations().stream()).toList();
            assertTrue(violations.isEmpty(), violations.size() + " serious or critical accessibility violations on "
                    + pages.size() + " pages:\n" + violations.stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }
}

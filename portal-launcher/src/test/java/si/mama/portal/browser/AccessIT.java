package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see what, through the real login. */
@ExtendWith(Browser.class)
class AccessIT {

    @Test
    void anAccountWithoutACentreGetsTheNotLinkedPageAndNoData(Browser browser) {
        browser.signIn("nocentre.user");
        assertTrue(browser.find(By.id("unlinked")).getText().contains("ni povezan"));
        browser.keepEvidence("unlinked");
        browser.open("/centre/index");
        assertTrue(browser.find(By.id("status-403")).isDisplayed());
        assertFalse(browser.text().contains("Mladinski center"), "no centre's data is shown");
    }

    @Test
    void aCentreUserCannotOpenAnotherCentresRecordById(Browser browser) {
        browser.signIn("celje.admin");
        browser.open("/office/centre?id=1");
        assertTrue(browser.find(By.id("status-403")).isDisplayed());
        assertFalse(browser.text().contains("Alenka Mlakar"), "nothing of MC Brežice is shown");
        browser.keepEvidence("forbidden");
        assertEquals(403, browser.statusOf("/office/centre?id=1"));
        assertEquals(403, browser.statusOf("/office/centres"));
        // the office's plan and academy pages and exports are closed to centres too
        assertEquals(403, browser.statusOf("/office/plans"));
        assertEquals(403, browser.statusOf("/office/plan/export?format=pdf&id=1"));
        assertEquals(403, browser.statusOf("/office/training?id=1"));
        assertEquals(403, browser.statusOf("/office/attendance?training=1"));
        assertEquals(403, browser.statusOf("/office/attendance/export?format=csv&training=1"));
        // and so is the outgoing mail, with every member's address in it
        assertEquals(403, browser.statusOf("/office/mail"));
        assertEquals(403, browser.statusOf("/office/mail?status=FAILED"));
        // and so are the office's questionnaires
        assertEquals(403, browser.statusOf("/office/surveys"));
        assertEquals(403, browser.statusOf("/office/survey?id=1"));
        assertEquals(403, browser.statusOf("/office/survey-preview?id=1"));
        assertEquals(403, browser.statusOf("/office/survey-results?id=1"));
        assertEquals(403, browser.statusOf("/office/survey/export?id=1&format=xlsx"));
        // and so is stewardship: meetings with their internal notes, coverage, proposals and their downloads
        assertEquals(403, browser.statusOf("/office/stewardship"));
        assertEquals(403, browser.statusOf("/office/meeting?id=1"));
        assertEquals(403, browser.statusOf("/office/coverage"));
        assertEquals(403, browser.statusOf("/office/coverage?year=2021"));
        assertEquals(403, browser.statusOf("/office/proposals"));
        assertEquals(403, browser.statusOf("/office/proposals/export?year=2021&format=xlsx"));
        assertEquals(403, browser.statusOf("/office/proposals/export?year=2021&format=pdf"));
        // and so is the office's review of good practices
        assertEquals(403, browser.statusOf("/office/practices"));
        assertEquals(403, browser.statusOf("/office/practices?status=SUBMITTED"));
        // and so are the membership fees of every centre
        assertEquals(403, browser.statusOf("/office/fees"));
        assertEquals(403, browser.statusOf("/office/fees?year=2025&unpaid=true"));
        assertEquals(403, browser.statusOf("/office/fees/export?year=2025"));
        // and so are the portal accounts
        assertEquals(403, browser.statusOf("/office/accounts"));
        // and so is a person's personal data, its downloads and its erasure
        assertEquals(403, browser.statusOf("/office/person-data"));
        assertEquals(403, browser.statusOf("/office/person-data?email=gregor.kolar@mc-brezice.example.org"));
        assertEquals(403, browser.statusOf("/office/person-data/export?format=json&email=gregor.kolar@mc-brezice.example.org"));
        assertEquals(403, browser.statusOf("/office/person-data/export?format=pdf&email=gregor.kolar@mc-brezice.example.org"));
        // and so is the office's weekly news (centres read the sent issues at /news)
        assertEquals(403, browser.statusOf("/office/news"));
        assertEquals(403, browser.statusOf("/office/news-issue?id=1"));
    }

    @Test
    void aStewardReadsACentresAccountsButManagesNone(Browser browser) {
        browser.signIn("office.steward");
        assertEquals(403, browser.statusOf("/office/accounts"));
        // personal data is the office admin's alone
        assertEquals(403, browser.statusOf("/office/person-data?email=gregor.kolar@mc-brezice.example.org"));
        assertEquals(403, browser.statusOf("/office/person-data/export?format=json&email=gregor.kolar@mc-brezice.example.org"));
        browser.open("/office/centre?id=1");
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.id("centreAccountsCard"), "Alenka Mlakar"));
        assertTrue(browser.driver().findElements(By.id("centreAccountsForm:inviteCentreAdmin")).isEmpty(), "no invitation");
        assertTrue(browser.driver().findElements(By.cssSelector("#centreAccountsCard .disable-account")).isEmpty(),
                "no account is turned off by a steward");
        assertTrue(browser.driver().findElements(By.cssSelector(".person-data-link")).isEmpty(), "no personal data");
    }

    @Test
    void aRefusedOrFailedSignInEndsOnAClearPageNotInALoop(Browser browser) {
        browser.open("/auth/callback?error=access_denied&error_description=cancelled");
        assertTrue(browser.find(By.id("status-signin-failed")).getText().contains("Prijava ni uspela"), browser.text());
    }

    @Test
    void healthIsPublicAndReportsTheDatabase(Browser browser) {
        browser.open("/health/ready");
        assertTrue(browser.text().contains("\"database\""), browser.text());
        assertEquals(200, browser.statusOf("/health/ready"));
    }

    @Test
    void centreStaffSeeTheirCentreButCannotChangeIt(Browser browser) {
        browser.signIn("brezice.staff");
        browser.find(By.id("centreTitle"));
        browser.open("/centre");
        assertTrue(browser.find(By.id("centreTitle")).getText().contains("Brežice"), "the stable URL /centre is the own centre");
        assertTrue(browser.driver().findElements(By.id("staffForm:addPerson")).isEmpty(), "no add button for staff");
    }

    @Test
    void anAjaxActionAfterTheSessionEndedReloadsThePageInsteadOfDoingNothing(Browser browser) {
        browser.signIn("brezice.staff");
        browser.find(By.id("centreTitle"));
        browser.driver().executeScript("window.portalMarker = 'before';");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.find(By.id("staffForm:search")).sendKeys("Mlakar");
        browser.waitUntil(d -> d instanceof org.openqa.selenium.JavascriptExecutor js
                && js.executeScript("return window.portalMarker === undefined && document.readyState === 'complete';") == Boolean.TRUE);
        assertTrue(browser.find(By.id("centreTitle")).getText().contains("Brežice"), "signed in again, on the centre page");
    }

    @Test
    void theLanguageCanBeSwitchedToEnglish(Browser browser) {
        browser.signIn("celje.admin");
        browser.find(By.id("lang-en")).click();
        browser.waitUntil(d -> d.findElement(By.id("staffHeading")).getText().equals("Staff and volunteers"));
        assertTrue(browser.find(By.id("signOut")).getText().contains("Sign out"));
        browser.keepEvidence("centre-home-english");
    }
}

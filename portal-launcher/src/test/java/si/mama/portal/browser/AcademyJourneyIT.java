package si.mama.portal.browser;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.TestStack;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A centre admin registers staff for a small training from the catalogue: seats first, then the waitlist;
 * cancelling a seat promotes the first on the waitlist, who is told by mail (read back from the stack's mail catcher).
 */
@ExtendWith(Browser.class)
class AcademyJourneyIT {

    private static final String TRAINING = "Praktična delavnica: kratki video za družbena omrežja";

    @Test
    void centreAdminFillsATrainingGoesOnTheWaitlistAndIsPromotedWhenASeatIsFreed(Browser browser) {
        browser.signIn("brezice.admin");
        browser.click(By.id("navAcademy"));
        browser.find(By.id("catalogueForm:q")).sendKeys("video");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#catalogueForm\\:trainings .training-link"), 1));
        browser.keepEvidence("academy-catalogue");
        java.net.http.HttpResponse<byte[]> catalogue = browser.download("/academy/catalogue?year=2026");
        assertEquals(200, catalogue.statusCode());
        assertEquals("%PDF", new String(catalogue.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII),
                "the catalogue downloads as PDF");
        browser.click(By.linkText(TRAINING));
        assertEquals(TRAINING, browser.find(By.id("trainingTitle")).getText());
        cancelOwnRegistrations(browser); // a stack reused from an earlier run starts clean

        // three seats for three people
        tick(browser, 3);
        browser.click(By.id("registerForm:registerPeople"));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#outcomes li.outcome-CONFIRMED"), 3));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("seats"), "0 / 3"));

        // the training is full: the next one waits at position 1
        tick(browser, 1);
        browser.click(By.id("registerForm:registerPeople"));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#outcomes li.outcome-WAITLISTED"), 1));
        String waitlisted = browser.find(By.cssSelector("#outcomes li.outcome-WAITLISTED strong")).getText();
        assertTrue(browser.find(By.id("outcomes")).getText().contains("čakalni seznam na 1. mesto"));
        assertEquals(1, rows(browser, "registration-WAITLISTED").size());
        browser.keepEvidence("academy-waitlisted");

        // cancelling a seat (after confirming) promotes the one waiting
        int cancelledBefore = rows(browser, "registration-CANCELLED").size();
        browser.click(By.cssSelector("#registrationsForm\\:registrations tr.registration-CONFIRMED .cancel-registration"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#registrationsForm\\:registrations tr.registration-WAITLISTED"), 0));
        String confirmed = browser.find(By.id("registrationsForm:registrations")).getText();
        assertTrue(rows(browser, "registration-CONFIRMED").stream().anyMatch(row -> row.getText().contains(waitlisted)),
                waitlisted + " is promoted: " + confirmed);
        assertEquals(cancelledBefore + 1, rows(browser, "registration-CANCELLED").size());
        browser.keepEvidence("academy-promoted");

        // the promoted person is told by mail, with the calendar invitation (the outbox's job runs every 15 s)
        TestStack.mailCatcher().ifPresent(catcher -> {
            MimeMessage promoted = CaughtMail.await(catcher, "Sprostilo se je mesto: " + TRAINING, "Pozdravljeni, " + waitlisted);
            assertTrue(CaughtMail.text(promoted).contains("BEGIN:VEVENT"), "the promotion mail carries the invitation");
        });

        // the centre's training record lists its people's trainings and hours
        browser.open("/academy/record");
        browser.find(By.id("recordTotals"));
        assertTrue(browser.find(By.id("record")).getText().contains("Alenka Mlakar"), "the record lists the centre's people");
        assertTrue(browser.find(By.id("record")).getText().contains("Supervizija za direktorje in vodje mladinskih centrov"));
    }

    private static void tick(Browser browser, int count) {
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector("[id='registerForm:people'] .ui-chkbox-box"));
        assertTrue(boxes.size() >= count, "enough staff to register: " + boxes.size());
        for (int i = 0; i < count; i++) {
            boxes.get(i).click();
        }
    }

    private static List<WebElement> rows(Browser browser, String statusClass) {
        return browser.driver().findElements(By.cssSelector("#registrationsForm\\:registrations tr." + statusClass));
    }

    private static void cancelOwnRegistrations(Browser browser) {
        while (!browser.driver().findElements(By.cssSelector("#registrationsForm\\:registrations .cancel-registration")).isEmpty()) {
            int before = browser.driver().findElements(By.cssSelector("#registrationsForm\\:registrations .cancel-registration")).size();
            browser.click(By.cssSelector("#registrationsForm\\:registrations .cancel-registration"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitUntil(ExpectedConditions.numberOfElementsToBeLessThan(
                    By.cssSelector("#registrationsForm\\:registrations .cancel-registration"), before));
        }
    }
}

package si.mama.portal.browser;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.MailCatcher;
import si.mama.portal.launcher.TestStack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
            MimeMessage promoted = awaitMail(catcher, "Sprostilo se je mesto: " + TRAINING, "Pozdravljeni, " + waitlisted);
            assertTrue(text(promoted).contains("BEGIN:VEVENT"), "the promotion mail carries the invitation");
        });

        // the centre's training record lists its people's trainings and hours
        browser.open("/academy/record");
        browser.find(By.id("recordTotals"));
        assertTrue(browser.find(By.id("record")).getText().contains("Alenka Mlakar"), "the record lists the centre's people");
        assertTrue(browser.find(By.id("record")).getText().contains("Supervizija za direktorje in vodje mladinskih centrov"));
    }

    /** The newest mail the catcher received with this subject and greeting; fails after a minute. */
    private static MimeMessage awaitMail(MailCatcher catcher, String subject, String greeting) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<MimeMessage> matching = catcher.received().stream()
                    .filter(mail -> subject(mail).equals(subject) && text(mail).contains(greeting)).toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("No mail '" + subject + "' for " + greeting + " in the mail catcher");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text, decoded: its text part and its calendar part, if it has one. */
    private static String text(MimeMessage mail) {
        try {
            return collect(mail.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collect(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                try (InputStream in = part.getInputStream()) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
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

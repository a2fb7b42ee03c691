package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.TestStack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office admin signs in, lists all centres and narrows them to one region; the office's outgoing mail. */
@ExtendWith(Browser.class)
class OfficeJourneyIT {

    @Test
    void officeAdminFiltersTheCentreListByRegion(Browser browser) throws Exception {
        browser.signIn("office.admin");
        assertTrue(browser.find(By.id("officeTitle")).getText().contains("Pisarna"));
        assertTrue(browser.find(By.id("memberCount")).getText().matches("\\d+ članic(a|i|e)? v mreži"),
                "the member count in Slovenian plural: " + browser.find(By.id("memberCount")).getText());
        browser.keepEvidence("office-home");

        browser.find(By.id("navCentres")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("centresForm:centres"), "Mladinski center Celje"));

        // the office home's region tiles open the list filtered by that region (a bookmarkable URL)
        browser.find(By.id("navOffice")).click();
        browser.find(By.xpath("//div[@class='stats']//a[contains(., 'Posavska')]")).click();
        browser.waitUntil(ExpectedConditions.urlContains("region=POSAVSKA"));
        assertEquals("Posavska", browser.find(By.id("centresForm:region_label")).getText(), "the menu shows the region");

        List<WebElement> regions = browser.driver().findElements(By.cssSelector("#centresForm\\:centres .centre-region"));
        Set<String> shown = regions.stream().map(WebElement::getText).collect(Collectors.toSet());
        assertEquals(Set.of("Posavska"), shown, "only centres of the chosen region are listed");
        String table = browser.find(By.id("centresForm:centres")).getText();
        assertTrue(table.contains("Mladinski center Brežice"), table);
        assertTrue(table.contains("Mladinski center Krško"), table);
        browser.keepEvidence("office-centres-posavska");

        // the centre's page shows its profile and staff
        browser.find(By.linkText("Mladinski center Brežice")).click();
        assertEquals("Mladinski center Brežice", browser.find(By.id("centreTitle")).getText());
        assertTrue(browser.find(By.id("staff")).getText().contains("Alenka Mlakar"));
        browser.keepEvidence("office-centre-detail");
    }

    @Test
    void unknownCentreIdGivesTheNotFoundPage(Browser browser) {
        browser.signIn("office.steward");
        browser.open("/office");
        assertTrue(browser.find(By.id("officeTitle")).isDisplayed(), "the stable URL /office is the office home");
        browser.open("/office/centre?id=999999");
        assertTrue(browser.find(By.id("status-404")).isDisplayed());
        assertFalse(browser.text().contains("Exception"), "no stack trace reaches the browser");
        assertEquals(404, browser.statusOf("/office/centre?id=999999"));
        assertEquals(404, browser.statusOf("/office/centre"), "no id at all");
        assertEquals(404, browser.statusOf("/no/such/page"));
    }

    @Test
    void officeAdminFindsAMailThatCouldNotBeSentReadsItAndSendsItAgain(Browser browser) throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String subject = "Prijava potrjena: preizkus " + tag;
        String recipient = "neuspelo." + tag + "@example.org";
        boolean ownStack = aFailedMail(recipient, subject);

        browser.signIn("office.admin");
        if (ownStack) {
            assertTrue(browser.find(By.id("failedMails")).getText().matches("\\d+ sporočil\\S* (ni|nista|niso) bil\\S* poslan\\S*"),
                    "the office home tells how many mails failed: " + browser.find(By.id("failedMails")).getText());
            browser.click(By.id("failedMailsLink"));
            browser.waitUntil(ExpectedConditions.urlContains("status=FAILED"));
        } else {
            browser.click(By.id("navMail"));
        }
        assertEquals("Izhodna pošta", browser.find(By.id("mailTitle")).getText());
        browser.find(By.id("mailForm:mails"));
        if (!ownStack) {
            return; // an external portal's outbox is not ours to change
        }
        assertTrue(browser.find(By.cssSelector("[id='mailForm:statusFilter'] input:checked + label")).getText().startsWith("Neuspela ("),
                "the link opens the failed mails");

        browser.find(By.id("mailForm:text")).sendKeys(tag);
        By row = By.xpath("//*[@id='mailForm:mails']//tr[contains(@class, 'mail-FAILED')][contains(., '" + tag + "')]");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mailForm\\:mails tr.mail-FAILED"), 1));
        String shown = browser.find(row).getText();
        assertTrue(shown.contains(recipient) && shown.contains("neuspelo") && shown.contains("8 poskusov")
                && shown.contains("550 5.1.1 Mailbox unavailable"), shown);

        // the row opens to the mail's text
        browser.click(By.cssSelector("#mailForm\\:mails tr.mail-FAILED .ui-row-toggler"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#mailForm\\:mails .mail-text"),
                "Pozdravljeni, Tina Preizkus"));
        browser.keepEvidence("office-mail-failed");

        // sent again after confirming: it leaves the failed ones, and the mail catcher receives it
        browser.click(By.cssSelector("#mailForm\\:mails tr.mail-FAILED .resend-mail"));
        assertTrue(browser.find(By.cssSelector(".ui-confirm-dialog-message")).getText().contains(recipient),
                "the confirmation names the recipient");
        browser.keepEvidence("office-mail-confirm");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"),
                "Sporočilo je spet v vrsti za pošiljanje."));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mailForm\\:mails tr.mail-FAILED"), 0));
        TestStack.mailCatcher().ifPresent(catcher -> {
            try {
                catcher.await(recipient, 1, Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
        browser.click(By.xpath("//*[@id='mailForm:statusFilter']//*[starts-with(normalize-space(.), 'Vsa (')]"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("mailForm:mails"), recipient));

        // a bookmarkable address: the sent ones with the tag, once the outbox has marked it sent
        By sent = By.cssSelector("#mailForm\\:mails tr.mail-SENT");
        browser.waitUntil(driver -> {
            browser.open("/office/mail?status=SENT&q=" + tag);
            return !driver.findElements(sent).isEmpty();
        });
        String sentRow = browser.find(sent).getText();
        assertTrue(sentRow.contains(recipient) && sentRow.contains("poslano") && sentRow.contains("1 poskus"), sentRow);
        browser.keepEvidence("office-mail-sent-again");
    }

    @Test
    void officeStaffReadTheOutgoingMailButSendNothingAgain(Browser browser) throws Exception {
        String tag = String.valueOf(System.nanoTime());
        boolean ownStack = aFailedMail("staff." + tag + "@example.org", "Čakalna vrsta: preizkus " + tag);
        browser.signIn("office.steward");
        browser.click(By.id("navMail"));
        browser.find(By.id("mailForm:mails"));
        browser.keepEvidence("office-mail-staff");
        if (ownStack) {
            browser.find(By.id("mailForm:text")).sendKeys(tag);
            browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mailForm\\:mails tr.mail-FAILED"), 1));
        }
        assertTrue(browser.driver().findElements(By.cssSelector(".resend-mail")).isEmpty(), "no button to send again");
        assertTrue(browser.driver().findElements(By.id("mailForm:resendAll")).isEmpty(), "no button to send all again");
    }

    /**
     * A mail the outbox gave up on after eight attempts, straight into the database of the stack these tests started:
     * no page makes one, and waiting out the real retries would take two hours. False against an external portal.
     */
    private static boolean aFailedMail(String recipient, String subject) throws SQLException {
        Optional<Connection> database = TestStack.portalDatabase();
        if (database.isEmpty()) {
            return false;
        }
        String sql = "insert into outbox_mail (dedupe_key, recipient, language, subject, body_text, status, attempts,"
                + " last_error) values (?, ?, 'sl', ?, ?, 'FAILED', 8, '550 5.1.1 Mailbox unavailable')";
        try (Connection connection = database.get(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, "browser.mail." + recipient);
            insert.setString(2, recipient);
            insert.setString(3, subject);
            insert.setString(4, "Pozdravljeni, Tina Preizkus!\n\nTo je sporočilo preizkusa.\n");
            insert.executeUpdate();
        }
        return true;
    }
}

package si.mama.portal.browser;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.MailCatcher;
import si.mama.portal.launcher.TestStack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office admin prepares this week's news (gathered from the portal), writes the editorial, sends it after the
 * confirmation that names the number of subscribers and finds it in the archive; Brežice's admin, subscribed in the
 * demo data, gets it by mail and reads it in the archive too; Brežice's staff member unsubscribes from the link in
 * the mail without signing in.
 */
@ExtendWith(Browser.class)
class WeeklyNewsJourneyIT {

    private static final String TITLE = "Novice pred decembrom";
    private static final String EDITORIAL = "Drage članice, decembra se srečamo na Klubu MaMa.";
    private static final String SUBSCRIBER = "alenka.mlakar@mc-brezice.example.org";
    private static final String STAFF = "gregor.kolar@mc-brezice.example.org";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^/\\s]+(/public/news/unsubscribe\\?token=[0-9a-f]+)");

    @Test
    void theOfficeAdminSendsThisWeeksNewsAndFindsItInTheArchive(Browser browser) throws SQLException {
        forgetThisWeeksIssue();
        browser.signIn("office.admin");
        browser.click(By.id("openNews"));
        browser.find(By.id("newsTitle"));
        assertTrue(browser.find(By.id("thisWeekState")).getText().contains("Izdaje za ta teden še ni"), browser.text());

        browser.click(By.id("thisWeekForm:openThisWeek"));
        WebElement title = browser.find(By.id("issueForm:title"));
        assertTrue(browser.text().contains("Usposabljanja s prijavami"), "the academy's open trainings are gathered");
        title.clear();
        title.sendKeys(TITLE);
        browser.find(By.id("issueForm:editorial")).sendKeys(EDITORIAL);
        browser.click(By.id("issueForm:showPreview"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("previewText"), EDITORIAL));
        browser.keepEvidence("news-draft");

        browser.click(By.id("issueForm:sendIssue"));
        WebElement confirm = browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"));
        assertTrue(confirm.getText().contains("naročnik"), confirm.getText());
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"), "poslana"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("issueState"), "Poslano"));
        assertTrue(browser.driver().findElements(By.id("issueForm:sendIssue")).isEmpty(), "a sent issue is not sent again");

        browser.open("/news");
        browser.click(By.linkText(TITLE));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("issueTitle"), TITLE));
        assertTrue(browser.text().contains(EDITORIAL), browser.text());
        browser.keepEvidence("news-archive-issue");
        browser.signOut();

        TestStack.mailCatcher().ifPresent(catcher -> {
            String text = CaughtMail.text(await(catcher, SUBSCRIBER)).replace("\r\n", "\n");
            assertTrue(text.contains(EDITORIAL), text);
            assertTrue(text.contains("/public/news/unsubscribe?token="), text);
            // Brežice's staff member unsubscribes from the mail's link, signed out: the link asks, the button does it
            Matcher link = UNSUBSCRIBE.matcher(CaughtMail.text(await(catcher, STAFF)));
            assertTrue(link.find());
            browser.open(link.group(1));
            assertTrue(browser.find(By.id("unsubscribeForm:unsubscribeAsk")).getText().contains(STAFF), browser.text());
            browser.click(By.id("unsubscribeForm:confirmUnsubscribe"));
            browser.find(By.id("unsubscribeForm:unsubscribeDone"));
            browser.open(link.group(1));
            browser.find(By.id("unsubscribeForm:unsubscribeUnknown"));
        });

        browser.signIn("brezice.admin");
        browser.click(By.id("navNews"));
        assertTrue(browser.find(By.id("subscriptionState")).getText().contains("prejemate"), browser.text());
        browser.click(By.linkText(TITLE));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("issueTitle"), TITLE));
        assertTrue(browser.text().contains(EDITORIAL), browser.text());
    }

    /** The mail of this issue to {@code address}; fails after a minute. */
    private static MimeMessage await(MailCatcher catcher, String address) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<MimeMessage> matching = catcher.received().stream()
                    .filter(mail -> CaughtMail.subject(mail).endsWith(": " + TITLE) && addressedTo(mail, address)).toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            assertTrue(System.nanoTime() < end, "No news mail for " + address + " in the mail catcher");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One issue per week: a stack reused by an earlier run of this test starts without this week's issue. */
    private static void forgetThisWeeksIssue() throws SQLException {
        Optional<Connection> database = TestStack.portalDatabase();
        if (database.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Ljubljana"));
        try (Connection connection = database.get();
             PreparedStatement delete = connection.prepareStatement("delete from news_issue where iso_year = ? and iso_week = ?")) {
            delete.setInt(1, today.get(IsoFields.WEEK_BASED_YEAR));
            delete.setInt(2, today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            delete.executeUpdate();
        }
    }
}

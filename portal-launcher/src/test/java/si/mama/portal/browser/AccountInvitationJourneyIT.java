package si.mama.portal.browser;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.MailCatcher;
import si.mama.portal.launcher.TestStack;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A centre admin invites a new colleague to the portal; Keycloak mails the colleague a link, the colleague sets a
 * password with it and signs in to the centre; when the colleague leaves, the admin's deactivation turns the
 * account off and the password no longer opens the portal.
 */
@ExtendWith(Browser.class)
class AccountInvitationJourneyIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?key=[^\\s\"<>]+");
    private static final String PASSWORD = "Novo-geslo-2026";

    @Test
    void anInvitedColleagueSetsAPasswordFromTheMailAndSignsInUntilTheyLeave(Browser admin) throws Exception {
        MailCatcher catcher = TestStack.mailCatcher().orElseThrow(
                () -> new AssertionError("this journey reads Keycloak's mail: run it with its own test stack"));
        String email = "tina.vidmar." + System.nanoTime() + "@mc-brezice.example.org";

        // the admin lists the new colleague and invites her (after a confirmation)
        admin.signIn("brezice.admin");
        admin.find(By.id("staffForm:addPerson")).click();
        admin.find(By.id("personForm:firstName")).sendKeys("Tina");
        admin.find(By.id("personForm:lastName")).sendKeys("Vidmar");
        admin.find(By.id("personForm:email")).sendKeys(email);
        admin.find(By.id("personForm:savePerson")).click();
        admin.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("personForm:savePerson")));
        admin.find(By.id("staffForm:search")).sendKeys(email);
        admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='staffForm:staff_data'] > tr"), 1));
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "Brez računa"));
        admin.click(By.cssSelector("#staffForm\\:staff .invite-person"));
        admin.click(By.cssSelector(".ui-confirmdialog-yes"));
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "Povabljen"));
        admin.keepEvidence("account-invited");

        // Keycloak's mail reaches her with the link to set a password
        List<MimeMessage> mails = catcher.await(email, 1, Duration.ofSeconds(60));
        assertEquals(1, mails.size(), "exactly one invitation mail for " + email);
        Matcher link = LINK.matcher(CaughtMail.text(mails.get(0)));
        assertTrue(link.find(), "the mail carries a link to set the password:\n" + CaughtMail.text(mails.get(0)));

        // she follows it on her own computer, sets a password and signs in with it
        Browser colleague = admin.another();
        colleague.driver().get(link.group().replace("&amp;", "&"));
        proceedIfAsked(colleague);
        colleague.find(By.id("password-new")).sendKeys(PASSWORD);
        colleague.find(By.id("password-confirm")).sendKeys(PASSWORD);
        colleague.find(By.cssSelector("[type=submit]")).click();
        colleague.waitUntil(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("content")),
                ExpectedConditions.presenceOfElementLocated(By.id("kc-info-message"))));
        colleague.open("/");
        if (colleague.driver().findElements(By.id("username")).size() == 1) {
            logIn(colleague, email, PASSWORD);
        }
        colleague.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("centreName"), "Mladinski center Brežice"));
        assertTrue(colleague.text().contains("Tina Vidmar"), "signed in as herself: " + colleague.text());
        assertFalse(colleague.driver().findElements(By.id("staffForm:addPerson")).size() > 0, "staff, not the centre admin");
        colleague.keepEvidence("account-first-sign-in");

        // the admin sees the account in use
        admin.open("/centre/index");
        admin.find(By.id("staffForm:search")).sendKeys(email);
        admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='staffForm:staff_data'] > tr"), 1));
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "Aktiven"));

        // she leaves: deactivating her turns the account off, and her password no longer opens the portal
        admin.click(By.cssSelector("#staffForm\\:staff .deactivate-person"));
        admin.click(By.cssSelector(".ui-confirmdialog-yes"));
        admin.waitUntil(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), email)));
        admin.find(By.cssSelector("[id='staffForm:includeInactive'] .ui-chkbox-box")).click();
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "Onemogočen"));

        Browser later = admin.another();
        later.open("/");
        later.find(By.id("username")).sendKeys(email);
        later.find(By.id("kc-login")).click();
        later.waitUntil(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("password")),
                ExpectedConditions.presenceOfElementLocated(By.id("kc-error-message"))));
        if (!later.driver().findElements(By.id("password")).isEmpty()) {
            later.find(By.id("password")).sendKeys(PASSWORD);
            later.find(By.id("kc-login")).click();
        }
        later.waitUntil(ExpectedConditions.textMatches(By.tagName("body"),
                Pattern.compile("(Account is disabled|Račun je onemogočen|onemogočen)", Pattern.CASE_INSENSITIVE)));
        assertTrue(later.driver().findElements(By.id("content")).isEmpty(), "the portal is not reached");
        assertTrue(later.driver().getCurrentUrl().contains("/realms/"), "still at Keycloak: " + later.driver().getCurrentUrl());
        later.keepEvidence("account-disabled-refused");
    }

    @Test
    void theOfficeSeesItsOwnAccountsAndEachCentresAndInvitesACentreAdmin(Browser office) throws Exception {
        MailCatcher catcher = TestStack.mailCatcher().orElseThrow(
                () -> new AssertionError("this journey reads Keycloak's mail: run it with its own test stack"));
        office.signIn("office.admin");
        office.find(By.id("openAccounts")).click();
        office.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("accountsForm:accounts")));
        String offices = office.find(By.id("accountsForm:accounts")).getText();
        assertTrue(offices.contains("skrbnik pisarne") && offices.contains("skrbnik članic"), offices);
        assertFalse(offices.contains("Alenka Mlakar"), "a centre's admin is not an office account");

        // MC Brežice's accounts: its admin and staff; the office invites a second admin
        office.open("/office/centre?id=1");
        office.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("centreAccountsCard"), "Alenka Mlakar"));
        assertTrue(office.find(By.id("centreAccountsCard")).getText().contains("skrbnik centra"));
        String email = "vodja." + System.nanoTime() + "@mc-brezice.example.org";
        office.click(By.id("centreAccountsForm:inviteCentreAdmin"));
        office.find(By.id("centreInviteForm:firstName")).sendKeys("Marko");
        office.find(By.id("centreInviteForm:lastName")).sendKeys("Zupan");
        office.find(By.id("centreInviteForm:email")).sendKeys(email);
        office.find(By.id("centreInviteForm:sendCentreInvitation")).click();
        office.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("centreAccountsCard"), email));
        assertTrue(office.find(By.id("centreAccountsCard")).getText().contains("Povabljen"));
        office.keepEvidence("office-centre-accounts");
        assertEquals(1, catcher.await(email, 1, Duration.ofSeconds(60)).size(), "Keycloak's mail reached " + email);
    }

    @Test
    void anotherCentresAccountIsNeverTakenOverThroughTheSameAddress(Browser celje) {
        // MC Celje lists a person with the address of MC Brežice's admin: its admin can neither invite nor turn it off
        celje.signIn("celje.admin");
        String email = "alenka.mlakar@mc-brezice.example.org";
        celje.find(By.id("staffForm:addPerson")).click();
        celje.find(By.id("personForm:firstName")).sendKeys("Alenka");
        celje.find(By.id("personForm:lastName")).sendKeys("Mlakar");
        celje.find(By.id("personForm:email")).sendKeys(email);
        celje.find(By.id("personForm:savePerson")).click();
        celje.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("personForm:savePerson")));
        celje.find(By.id("staffForm:search")).sendKeys(email);
        celje.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), email));
        celje.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='staffForm:staff_data'] > tr"), 1));
        assertTrue(celje.find(By.id("staffForm:staff")).getText().contains("Brez računa"), "not Celje's account");
        assertTrue(celje.driver().findElements(By.cssSelector("#staffForm\\:staff .disable-account")).isEmpty());
        celje.click(By.cssSelector("#staffForm\\:staff .invite-person"));
        celje.click(By.cssSelector(".ui-confirmdialog-yes"));
        celje.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "zunaj vašega centra"));
        celje.keepEvidence("account-elsewhere-refused");
    }

    /** Keycloak may first ask to confirm the actions the link is for. */
    private static void proceedIfAsked(Browser browser) {
        browser.waitUntil(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("password-new")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kc-info-message a"))));
        List<org.openqa.selenium.WebElement> proceed = browser.driver().findElements(By.cssSelector("#kc-info-message a"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click();
        }
    }

    private static void logIn(Browser browser, String username, String password) {
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("kc-login")).click();
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("kc-login")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("content")));
    }
}

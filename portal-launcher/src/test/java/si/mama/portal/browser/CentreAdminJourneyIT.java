package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A centre admin of MC Brežice signs in, sees the centre and its staff, adds a person, is kept out of the office. */
@ExtendWith(Browser.class)
class CentreAdminJourneyIT {

    @Test
    void centreAdminSeesOwnCentreAddsAPersonIsRefusedTheOfficeAndSignsOut(Browser browser) throws Exception {
        browser.signIn("brezice.admin");

        assertEquals(browser.baseUrl() + "/centre/index", browser.driver().getCurrentUrl(), "a centre user lands on the centre home");
        assertEquals("Mladinski center Brežice", browser.find(By.id("centreTitle")).getText());
        assertEquals("Mladinski center Brežice", browser.find(By.id("centreName")).getText(), "the layout names the centre");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "Alenka Mlakar"));
        assertFalse(browser.text().contains("Boštjan Hribar"), "another centre's person is never listed");

        // a wrong e-mail is refused next to the field, and nothing is saved
        browser.find(By.id("staffForm:addPerson")).click();
        browser.find(By.id("personForm:firstName")).sendKeys("Nina");
        browser.find(By.id("personForm:lastName")).sendKeys("Testna");
        browser.find(By.id("personForm:email")).sendKeys("ni-e-posta");
        browser.find(By.id("personForm:savePerson")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("personForm:emailMessage"),
                "E-poštni naslov ni veljaven"));
        assertTrue(browser.driver().findElement(By.id("personForm:firstNameMessage")).getText().isEmpty(), "no message on a valid field");

        // a valid person is saved and listed
        String email = "nina.testna." + System.nanoTime() + "@mc-brezice.example.org";
        WebElement emailField = browser.find(By.id("personForm:email"));
        emailField.sendKeys(Keys.chord(Keys.CONTROL, "a"), email);
        browser.find(By.id("personForm:savePerson")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("personForm:savePerson")));
        browser.find(By.id("staffForm:search")).sendKeys(email);
        // typing searches as you go: wait for the search of the whole address, which finds exactly one person
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='staffForm:staff_data'] > tr"), 1));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), email));
        browser.keepEvidence("centre-home");

        // edit: the dialog opens with the person's data; the change is listed
        browser.click(By.cssSelector("#staffForm\\:staff .edit-person"));
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("personForm:email"), "value", email));
        browser.find(By.id("personForm:position")).sendKeys("koordinatorka prostovoljcev");
        browser.find(By.id("personForm:savePerson")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "koordinatorka prostovoljcev"));

        // deactivate asks first; cancelling changes nothing, confirming hides the person from the active list
        browser.click(By.cssSelector("#staffForm\\:staff .deactivate-person"));
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        assertTrue(browser.find(By.id("staffForm:staff")).getText().contains(email), "still listed after cancelling");
        browser.click(By.cssSelector("#staffForm\\:staff .deactivate-person"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), email)));
        browser.find(By.cssSelector("[id='staffForm:includeInactive'] .ui-chkbox-box")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), email));
        assertTrue(browser.find(By.id("staffForm:staff")).getText().contains("neaktiven"));

        // the office is closed to a centre user: the translated 403 page
        browser.open("/office/centres");
        assertTrue(browser.find(By.id("status-403")).getText().contains("Dostop ni dovoljen"), browser.text());
        assertFalse(browser.text().contains("Mladinski center Celje"));

        browser.open("/centre/index");
        browser.signOut();
        assertTrue(browser.text().contains("Odjavljeni ste"));

        // the Keycloak session ended too: the next visit asks for the user name again
        browser.open("/");
        browser.find(By.id("username"));
    }
}

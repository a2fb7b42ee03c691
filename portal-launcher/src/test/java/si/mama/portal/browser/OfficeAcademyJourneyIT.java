package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office adds a training to the catalogue: its details, a session, a trainer; publishes it; members see it. */
@ExtendWith(Browser.class)
class OfficeAcademyJourneyIT {

    @Test
    void officeAdminPreparesAndPublishesATrainingThatCentresThenFindInTheCatalogue(Browser browser) {
        String title = "Varno mladinsko delo na spletu " + System.nanoTime();
        browser.signIn("office.admin");
        browser.click(By.id("navAcademy"));
        browser.click(By.id("catalogueForm:newTraining"));

        // a missing title is refused next to the field
        browser.click(By.id("trainingForm:saveTraining"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("trainingForm"), "Vpišite naslov."));

        browser.find(By.id("trainingForm:title")).sendKeys(title);
        browser.find(By.id("trainingForm:topic")).sendKeys("digitalno mladinsko delo");
        browser.find(By.id("trainingForm:capacity_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
        String deadline = LocalDate.now().plusDays(20).getDayOfMonth() + ". " + LocalDate.now().plusDays(20).getMonthValue()
                + ". " + LocalDate.now().plusDays(20).getYear();
        browser.find(By.id("trainingForm:deadline_input")).sendKeys(deadline);
        browser.click(By.id("trainingForm:saveTraining"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("trainingTitle"), title));
        assertEquals("v pripravi", browser.find(By.id("trainingStatus")).getText());

        // publishing needs a session first
        browser.click(By.id("statusForm:publish"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm"), "Pred objavo dodajte vsaj en termin."));

        LocalDate day = LocalDate.now().plusDays(30);
        browser.find(By.id("sessionsForm:sessionDate_input")).sendKeys(day.getDayOfMonth() + ". " + day.getMonthValue() + ". " + day.getYear());
        browser.click(By.id("sessionsForm:addSession"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("sessionsForm"), "09:00–13:00"));
        browser.find(By.id("trainersForm:trainerName")).sendKeys("Tina Zunanja");
        browser.click(By.cssSelector("[id='trainersForm:trainerExternal'] .ui-chkbox-box"));
        browser.click(By.id("trainersForm:addTrainer"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("trainersForm"), "Tina Zunanja (zunanji strokovnjak)"));

        browser.click(By.id("statusForm:publish"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("trainingStatus"), "prijave odprte"));
        browser.keepEvidence("office-training");

        // a centre finds it in the catalogue, open for registration
        browser.signOut();
        browser.signIn("celje.admin");
        browser.click(By.id("navAcademy"));
        browser.find(By.id("catalogueForm:q")).sendKeys(title);
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#catalogueForm\\:trainings .training-link"), 1));
        browser.click(By.linkText(title));
        assertTrue(browser.find(By.id("registerForm:registerPeople")).isDisplayed(), "a centre admin can register");
        assertTrue(browser.text().contains("Tina Zunanja"));
    }
}

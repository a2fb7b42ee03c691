package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office admin's year: copy last year's plan into a new draft, edit an activity, walk the draft through
 * every approval step to publication, amend it, and see what changed between the two versions.
 */
@ExtendWith(Browser.class)
class OfficePlanJourneyIT {

    private static final List<String> ADOPTION = List.of("Svet Mreže MaMa", "Strokovni svet", "Klub MaMa",
            "Svet zavoda", "Zbor Kluba MaMa", "Objavljen");

    @Test
    void officeAdminCopiesEditsAdoptsPublishesAndAmendsThePlan(Browser browser) {
        browser.signIn("office.admin");
        browser.click(By.id("navPlans"));

        // a new year's draft, copied from the published 2021 plan
        browser.click(By.id("plansForm:newPlan"));
        String year = browser.find(By.id("createForm:year_input")).getAttribute("value");
        browser.choose("createForm:copyFrom", "Letni delovni načrt Mreže MaMa 2021 · različica 1 · Objavljen");
        browser.click(By.id("createForm:createPlan"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("planTitle"), "Letni delovni načrt Mreže MaMa " + year));
        assertEquals("Osnutek", browser.find(By.id("planStage")).getText());
        assertTrue(browser.find(By.cssSelector(".area-nav")).getText().contains("Področje zastopanja"), "the copy has last year's areas");

        // a half-filled period is refused with a clear message, and nothing is saved
        browser.click(By.cssSelector("#contentForm .edit-activity"));
        browser.choose("activityForm:monthFrom", "marec");
        browser.choose("activityForm:monthTo", "ni določen");
        browser.click(By.id("activityForm:saveActivity"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("activityForm"), "Izberite oba meseca ali nobenega."));

        // fix it and rename the activity: saved and shown in the plan
        browser.choose("activityForm:monthTo", "december");
        String renamed = "Akademija rednih usposabljanj " + year;
        browser.find(By.id("activityForm:title")).sendKeys(Keys.chord(Keys.CONTROL, "a"), renamed);
        browser.click(By.id("activityForm:saveActivity"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("contentForm"), renamed));
        // the history says who changed what
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:changes"), renamed));
        assertTrue(browser.find(By.id("historyForm:changes")).getText().contains("office.admin"));
        browser.keepEvidence("plan-editor");

        // every adoption step in order, to publication; then the plan is read-only
        for (String step : ADOPTION) {
            browser.click(By.id("approvalForm:recordStep"));
            browser.find(By.id("stepForm:saveStep"));
            assertTrue(browser.find(By.cssSelector("#stepForm .step-name")).getText().contains(step));
            browser.click(By.id("stepForm:saveStep"));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("planStage"), step.equals("Objavljen") ? "Objavljen" : step));
        }
        assertTrue(browser.find(By.id("readOnlyNote")).isDisplayed());
        assertTrue(browser.driver().findElements(By.cssSelector("#contentForm .edit-activity")).isEmpty(), "no editing once published");
        assertEquals(6, browser.driver().findElements(By.cssSelector("#stepsTable tbody tr")).size());

        // an amendment: a second version that only the institute council adopts
        browser.click(By.id("approvalForm:startAmendment"));
        browser.find(By.id("amendForm:reason")).sendKeys("Prilagoditev aktivnosti zaradi novih razpisov.");
        browser.click(By.id("amendForm:saveAmendment"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("planVersionNo"), "2"));
        assertEquals("Osnutek", browser.find(By.id("planStage")).getText());
        assertEquals(3, browser.driver().findElements(By.cssSelector(".path li")).size(), "draft, institute council, published");
        browser.click(By.cssSelector("#contentForm .edit-activity"));
        String amended = renamed + " (dopolnjeno)";
        browser.find(By.id("activityForm:title")).sendKeys(Keys.chord(Keys.CONTROL, "a"), amended);
        browser.click(By.id("activityForm:saveActivity"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("contentForm"), amended));
        for (String step : List.of("Svet zavoda", "Objavljen")) {
            browser.click(By.id("approvalForm:recordStep"));
            browser.click(By.id("stepForm:saveStep"));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("planStage"), step));
        }

        // what changed between version 1 and version 2
        browser.choose("approvalForm:compareWith", year + " · različica 1 · Objavljen");
        browser.click(By.id("approvalForm:compare"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("diffSummary"), "spremenjeno: 1"));
        String changes = browser.find(By.id("changes")).getText();
        assertTrue(changes.contains(amended), changes);
        assertTrue(changes.contains(renamed), "the old title is shown too: " + changes);
        assertTrue(browser.find(By.id("diffSummary")).getText().contains("dodano: 0"));
        browser.keepEvidence("plan-diff");

        // members see the amended version, and the first one stays readable
        browser.open("/plan?year=" + year);
        assertTrue(browser.find(By.id("amendmentNotice")).getText().contains("Prilagoditev aktivnosti"));
        String procedure = browser.find(By.cssSelector("ol.steps")).getText();
        assertTrue(procedure.contains("Zbor Kluba MaMa") && procedure.contains("različica 2: Svet zavoda"),
                "the amended plan shows the whole adoption record: " + procedure);
        browser.open("/plan?year=" + year + "&version=1");
        assertTrue(browser.find(By.id("supersededNotice")).isDisplayed());

        // the office enters a figure reached; the dashboard shows it with its evidence
        browser.open("/plan/progress?year=2021&month=7");
        String target = browser.find(By.cssSelector("#progressForm tr[data-target]:has(.enter-actual)")).getAttribute("data-target");
        browser.click(By.cssSelector("#progressForm tr[data-target='" + target + "'] .enter-actual"));
        browser.find(By.id("actualForm:value_input")).sendKeys("3");
        String evidence = "Poročilo o tretjem usposabljanju " + System.nanoTime();
        browser.find(By.id("actualForm:evidence")).sendKeys(evidence);
        browser.click(By.id("actualForm:saveActual"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("progressForm"), evidence));
        assertTrue(browser.find(By.cssSelector("#progressForm tr[data-target='" + target + "']")).getText().contains("3"));
    }
}

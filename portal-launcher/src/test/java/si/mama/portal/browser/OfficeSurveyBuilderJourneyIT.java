package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office builds a questionnaire for one region: a section, a yes/no question and a follow-up shown only after
 * "yes"; it previews it, sends it, and sees it listed with its phase and a response rate of none so far.
 */
@ExtendWith(Browser.class)
class OfficeSurveyBuilderJourneyIT {

    private static final String TRAINED = "Ali ste v zadnjem letu izvedli usposabljanje za prostovoljce?";
    private static final String FOLLOW_UP = "Opišite, kako ste usposabljanje izvedli in koliko prostovoljcev se ga je udeležilo.";

    @Test
    void officeAdminBuildsAConditionalQuestionnaireForARegionAndSendsIt(Browser browser) {
        String title = "Prostovoljstvo v Posavju " + System.nanoTime();
        browser.signIn("office.admin");
        browser.click(By.id("navOfficeSurveys"));

        // a new questionnaire for the members of Posavska
        browser.click(By.id("surveysForm:newSurvey"));
        browser.find(By.id("createForm:title")).sendKeys(title);
        browser.click(By.xpath("//*[@id='createForm:audience']//label[text()='člani izbranih regij']"));
        browser.click(By.xpath("//*[@id='createForm:regions']//label[text()='Posavska']"));
        browser.keepEvidence("survey-new-dialog");
        browser.click(By.id("createForm:createSurvey"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("surveyTitle"), title));
        assertEquals("v pripravi", browser.find(By.id("surveyPhase")).getText());
        assertTrue(browser.find(By.id("surveyAudience")).getText().contains("Posavska"));

        // nothing to send yet: the refusal says why
        browser.click(By.id("statusForm:send"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm"),
                "Pred pošiljanjem dodajte vsaj eno vprašanje."));
        browser.keepEvidence("survey-send-refused");

        browser.click(By.id("contentForm:addSection"));
        browser.find(By.id("sectionForm:title")).sendKeys("Usposabljanje prostovoljcev");
        browser.click(By.id("sectionForm:saveSection"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("contentForm"), "1. Usposabljanje prostovoljcev"));

        // a yes/no question; one choice is not enough, and the message says so next to the choices
        browser.click(By.cssSelector("#contentForm .add-question"));
        browser.find(By.id("questionForm:text")).sendKeys(TRAINED);
        browser.find(By.id("questionForm:choices")).sendKeys("Da");
        browser.click(By.id("questionForm:saveQuestion"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("questionForm"),
                "Vprašanje potrebuje vsaj dve možnosti."));
        browser.find(By.id("questionForm:choices")).sendKeys("\nNe");
        browser.click(By.id("questionForm:saveQuestion"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("contentForm"), TRAINED));

        // the follow-up, shown only when the answer was "Da"
        browser.click(By.cssSelector("#contentForm .add-question"));
        browser.choose("questionForm:type", "daljše besedilo");
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("questionForm:choices")));
        browser.find(By.id("questionForm:text")).sendKeys(FOLLOW_UP);
        browser.choose("questionForm:conditionQuestion", TRAINED + " (q1)");
        browser.choose("questionForm:conditionChoice", "Da");
        browser.keepEvidence("survey-question-dialog");
        browser.click(By.id("questionForm:saveQuestion"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("contentForm"), FOLLOW_UP));
        WebElement followUp = browser.find(By.cssSelector("#contentForm li.survey-question[data-code='q2']"));
        assertTrue(followUp.getText().contains("Prikaže se, ko: „" + TRAINED + "“ je enako Da"), followUp.getText());
        assertTrue(followUp.getText().contains("daljše besedilo"), followUp.getText());
        browser.keepEvidence("survey-builder");

        // the follow-up cannot move above the question it depends on
        browser.click(By.cssSelector("#contentForm li.survey-question[data-code='q2'] .move-up"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Pogoj se lahko nanaša le na vprašanje, ki je pred njim"));
        assertTrue(browser.find(By.cssSelector("#contentForm .survey-questions li:first-child")).getText().contains(TRAINED));

        // the introduction, through the details dialog
        browser.click(By.id("statusForm:editDetails"));
        assertEquals(title, browser.find(By.id("detailsForm:title")).getAttribute("value"));
        browser.find(By.id("detailsForm:introduction")).sendKeys("Zanima nas, kako centri v Posavju usposabljajo prostovoljce.");
        browser.click(By.id("detailsForm:saveDetails"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("surveyHeader"), "usposabljajo prostovoljce"));

        // the preview shows it as centres will, with the condition noted
        browser.click(By.id("statusForm:preview"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("previewTitle"), title));
        assertTrue(browser.find(By.id("q-q2")).getText().contains("Prikaže se, ko: „" + TRAINED + "“ je enako Da"));
        assertTrue(browser.driver().findElements(By.cssSelector("#q-q1 input[type=radio]")).size() == 2, "Da and Ne");
        browser.keepEvidence("survey-preview");
        browser.click(By.id("backToBuilder"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("surveyTitle"), title));

        // sent: it opens today
        browser.click(By.id("statusForm:send"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("surveyPhase"), "odprt"));

        // listed with its phase and no responses yet from the region's centres
        browser.click(By.id("navOfficeSurveys"));
        By row = By.xpath("//tr[contains(@class, 'questionnaire-row')][.//a[text()='" + title + "']]");
        String listed = browser.find(row).getText();
        assertTrue(listed.contains("odprt"), listed);
        assertTrue(listed.contains("Posavska"), listed);
        assertTrue(listed.matches("(?s).*\\b0/[1-9][0-9]* \\(0 %\\).*"), listed);
        browser.keepEvidence("office-surveys");

        // next year's round starts as a copy, with the same questions and condition
        browser.click(By.id("surveysForm:copySurvey"));
        String year = browser.find(By.id("surveysForm:questionnaires")).findElement(row).findElement(By.cssSelector("td")).getText();
        browser.choose("copyForm:copyFrom", year + " · " + title);
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("copyForm:copyYear_input"), "value",
                String.valueOf(Integer.parseInt(year) + 1)));
        browser.click(By.id("copyForm:copyIt"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("surveyTitle"), title));
        assertEquals("v pripravi", browser.find(By.id("surveyPhase")).getText());
        assertTrue(browser.find(By.id("surveyHeader")).getText().contains(String.valueOf(Integer.parseInt(year) + 1)));
        assertTrue(browser.find(By.cssSelector("#contentForm li.survey-question[data-code='q2']")).getText()
                .contains("Prikaže se, ko: „" + TRAINED + "“ je enako Da"));
    }
}

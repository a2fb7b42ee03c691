package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Membership records: the office admin edits a centre's field and finds it in the history; fees; the centre's view. */
@ExtendWith(Browser.class)
class MembershipJourneyIT {

    @Test
    void officeAdminChangesACentresPhoneAndSeesItInTheHistoryThenReadsTheYearsFees(Browser browser) {
        String phone = "+386 7 " + (System.nanoTime() % 1_000_000);
        browser.signIn("office.admin");
        browser.open("/office/centre?id=17");
        assertTrue(browser.find(By.id("recordCard")).getText().contains("Zavod Mladinski center Krško"),
                "the demo profile of MC Krško");
        WebElement field = browser.find(By.id("contactFieldsForm:phone"));
        field.clear();
        field.sendKeys(phone);
        browser.click(By.id("contactFieldsForm:saveContactFields"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:history"), phone));
        String newest = browser.find(By.cssSelector("#historyForm\\:history tbody tr")).getText();
        assertTrue(newest.contains("Telefon centra") && newest.contains(phone) && newest.contains("Tina Vovk"), newest);
        browser.keepEvidence("membership-history");

        browser.find(By.id("centreFeesCard"));
        browser.open("/office/fees?year=2025");
        assertEquals("Članarine 2025", browser.find(By.id("feesTitle")).getText());
        assertEquals("Določi članarino 2025", browser.find(By.id("feeActionsForm:setFee")).getText());
        assertTrue(browser.find(By.id("paidCount")).getText().matches("\\d+ od \\d+"), browser.find(By.id("paidCount")).getText());
        browser.find(By.id("showUnpaid")).click();
        browser.waitUntil(ExpectedConditions.urlContains("unpaid=true"));
        assertTrue(browser.find(By.id("feesForm:fees")).getText().contains("Mladinski center Hrastnik"), "unpaid in 2025");
        browser.keepEvidence("membership-fees-unpaid");
        var xlsx = browser.download("/office/fees/export?year=2025");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    }

    @Test
    void aCentreAdminReadsItsRecordAndEditsOnlyItsContacts(Browser browser) {
        browser.signIn("brezice.admin");
        browser.open("/centre");
        browser.click(By.id("toRecord"));
        assertTrue(browser.find(By.id("recordTitle")).getText().contains("Brežice"));
        assertTrue(browser.find(By.id("recordContactsCard")).getText().contains("Alenka Mlakar"), "the demo director");
        assertTrue(browser.find(By.id("recordContactsForm:addContact")).isDisplayed());
        assertTrue(browser.driver().findElements(By.id("recordActionsForm:editProfile")).isEmpty(), "the profile is the office's");
        assertTrue(browser.find(By.id("historyHeading")).getText().contains("Zgodovina sprememb"));
        browser.keepEvidence("membership-own-record");
    }
}

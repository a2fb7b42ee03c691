package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office admin signs in, lists all centres and narrows them to one region. */
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
}

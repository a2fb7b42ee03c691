package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Centre staff read the published plan: browse it by area, filter its activities by month, open the progress
 * dashboard; and anyone, signed out, reads it at /public/plan with its PDF and DOCX downloads.
 */
@ExtendWith(Browser.class)
class CentrePlanJourneyIT {

    @Test
    void centreStaffBrowsesThePlanFiltersActivitiesByMonthAndSeesProgress(Browser browser) {
        browser.signIn("brezice.staff");
        browser.click(By.id("navPlan"));
        assertTrue(browser.find(By.id("planTitle")).getText().startsWith("Letni delovni načrt Mreže MaMa"));
        // the demo plan of 2021, whatever newer plan another test may have published meanwhile
        browser.open("/plan?year=2021");
        assertEquals("Letni delovni načrt Mreže MaMa 2021", browser.find(By.id("planTitle")).getText());
        String areas = browser.find(By.cssSelector(".toc")).getText();
        for (String area : List.of("Področje usposabljanja", "Področje kakovosti mladinskega dela",
                "Področje digitalnega mladinskega dela", "Področje mednarodnega delovanja",
                "Področje medsektorskega povezovanja", "Področje zastopanja", "Področje mladinskega dialoga")) {
            assertTrue(areas.contains(area), "the contents list " + area);
        }
        assertTrue(browser.text().contains("AKADEMIJA REDNIH USPOSABLJANJ") || browser.text().contains("Akademija rednih usposabljanj"),
                "activities are shown under their area");
        browser.keepEvidence("plan-areas");

        // activities: all of them, then only those running in February
        browser.click(By.cssSelector("a[href*='activitiesTab']"));
        String allCount = browser.find(By.id("planTabs:filterForm:activities:activityCount")).getText();
        int all = number(allCount);
        assertTrue(all > 40, "the 2021 plan has many activities: " + allCount);
        browser.choose("planTabs:filterForm:month", "februar");
        browser.waitUntil(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("planTabs:filterForm:activities:activityCount"), allCount)));
        int february = number(browser.find(By.id("planTabs:filterForm:activities:activityCount")).getText());
        assertTrue(february > 0 && february < all, "February has fewer activities than the year: " + february + " of " + all);
        assertFalse(browser.find(By.id("planTabs:filterForm:activities")).getText().contains("Nacionalna konferenca mladinskega dialoga"),
                "a June-only activity is filtered out in February");
        // the timeline lists the same activities, each with its months marked
        assertEquals(february, browser.driver().findElements(By.cssSelector(".timeline tbody tr")).size());
        assertFalse(browser.driver().findElements(By.cssSelector(".timeline td.on")).isEmpty());

        // text search narrows further
        browser.find(By.id("planTabs:filterForm:q")).sendKeys("Discord");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("planTabs:filterForm:activities:activityCount"), "1 aktivnost"));
        assertTrue(browser.find(By.id("planTabs:filterForm:activities")).getText().contains("Mreža digitalnih mladinskih centrov"));
        browser.keepEvidence("plan-activities");

        // the progress dashboard: targets with actuals, computed ones from the portal's own data
        browser.click(By.id("progressLink"));
        assertTrue(browser.find(By.id("progressTitle")).getText().startsWith("Napredek letnega načrta"));
        browser.find(By.id("progressForm:areaChart"));
        String dashboard = browser.text();
        assertTrue(dashboard.contains("izračunano iz podatkov portala"), "a measured target shows its computed actual");
        assertTrue(dashboard.contains("vnesla pisarna"), "an entered figure shows where it comes from");
        assertFalse(browser.driver().findElements(By.cssSelector(".progress-table tr.behind")).isEmpty(),
                "targets behind schedule are flagged");
        assertTrue(browser.driver().findElements(By.cssSelector(".enter-actual")).isEmpty(), "centre staff cannot enter figures");
        browser.keepEvidence("plan-progress");
    }

    @Test
    void signedOutVisitorReadsThePublicPlanAndDownloadsItAsPdfAndDocx(Browser browser) {
        browser.open("/public/plan");
        assertTrue(browser.find(By.id("planTitle")).getText().startsWith("Letni delovni načrt Mreže MaMa"));
        assertTrue(browser.text().contains("Področje usposabljanja"));
        assertTrue(browser.text().contains("Postopek priprave in sprejema"), "the adoption record is part of the public plan");
        assertTrue(browser.driver().findElements(By.id("userName")).isEmpty(), "nobody is signed in");
        browser.keepEvidence("public-plan");

        HttpResponse<byte[]> pdf = browser.download(path(browser.find(By.id("downloadPdf"))));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        HttpResponse<byte[]> docx = browser.download(path(browser.find(By.id("downloadDocx"))));
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"));
        assertEquals("PK", new String(docx.body(), 0, 2, StandardCharsets.US_ASCII), "a DOCX is a zip package");

        // drafts never leave through the public door, and the office export needs a sign-in
        assertEquals(404, browser.statusOf("/public/plan/export?format=pdf&year=1999"));
        assertEquals(404, browser.statusOf("/public/plan/export?format=exe"));
        assertTrue(browser.statusOf("/office/plan/export?format=pdf&id=1") / 100 == 3, "the office export redirects to sign-in");
    }

    private static String path(WebElement link) {
        String href = link.getAttribute("href");
        return href.substring(href.indexOf("/public/"));
    }

    private static int number(String text) {
        return Integer.parseInt(text.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }
}

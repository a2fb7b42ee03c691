package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stewardship from both sides. The steward of MC Brežice (office.steward; demo data: Brežice was last met last
 * year) finds it in the queue of centres due for a visit, plans a meeting, records it with shared minutes, an
 * internal note, a proposal for the plan and a follow-up for the centre; Brežice then leaves the queue. The centre
 * admin reads the shared minutes on the centre home, where the internal note is nowhere in the page, confirms them
 * and marks the centre's follow-up done. The office admin reads the coverage by region and steward and the
 * proposals grouped by plan area, takes the new one into the draft plan and downloads the list. Every text is
 * unique per run, so the journey repeats on a stack that is reused.
 */
@ExtendWith(Browser.class)
class StewardshipJourneyIT {

    private static final String BREZICE = "Mladinski center Brežice";
    private static final By QUEUE = By.id("dueForm:due");

    @Test
    void aStewardMeetsACentreThatConfirmsAndTheOfficeReadsCoverageAndProposals(Browser browser) throws IOException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String situation = "Center je jeseni odprl novo informativno točko (" + run + ").";
        String needs = "Mentorstvo za nove prostovoljce (" + run + ").";
        String internal = "Vodstvo razmišlja o selitvi centra, zaupno " + run;
        String proposal = "Usposabljanje o mentorstvu prostovoljcem " + run;
        String task = "Poslati seznam prostovoljcev za mentorsko usposabljanje " + run;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Ljubljana"));

        // the steward: Brežice waits for a visit (on a reused stack an earlier run may have met it this year already)
        browser.signIn("office.steward");
        browser.click(By.id("navStewardship"));
        assertTrue(browser.find(By.id("mineForm:mine")).getText().contains(BREZICE), "Brežice is one of my centres");
        String queue = browser.find(QUEUE).getText();
        By planButton;
        if (queue.contains(BREZICE)) {
            planButton = By.xpath("//*[@id='dueForm:due']//tr[.//a[normalize-space()='" + BREZICE + "']]//button[contains(@class,'plan-meeting')]");
            assertTrue(queue.indexOf("še nikoli") < queue.indexOf(BREZICE), "the never visited come before Brežice, met last year");
        } else {
            assertTrue(metThisYear(browser, today), "Brežice leaves the queue only once met this year");
            browser.click(By.id("navStewardship"));
            planButton = By.xpath("//*[@id='mineForm:mine']//tr[.//a[normalize-space()='" + BREZICE + "']]//button[contains(@class,'plan-meeting')]");
        }
        browser.keepEvidence("stewardship-queue");
        browser.click(planButton);
        browser.waitUntil(ExpectedConditions.textToBe(By.id("planDialogTitle"), BREZICE));
        browser.find(By.id("planForm:plannedOn_input")).sendKeys(today.getDayOfMonth() + ". " + today.getMonthValue() + ". " + today.getYear());
        browser.find(By.id("planForm:centreAttendees")).sendKeys("direktorica, mladinski delavec");
        browser.find(By.id("planForm:agenda")).sendKeys("Pregled leta in predlogi za načrt (" + run + ")");
        browser.click(By.id("planForm:savePlan"));
        browser.waitUntil(ExpectedConditions.urlContains("/office/meeting"));
        assertEquals("Skrbniški sestanek: " + BREZICE, browser.find(By.id("meetingTitle")).getText());
        assertEquals("načrtovano", browser.find(By.id("meetingStatus")).getText());
        String meetingId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        // the minutes: the shared part and, apart from it, the internal note
        browser.find(By.id("minutesForm:situation")).sendKeys(situation);
        browser.find(By.id("minutesForm:needs")).sendKeys(needs);
        browser.find(By.id("minutesForm:internalNote")).sendKeys(internal);
        browser.click(By.id("minutesForm:saveMinutes"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("meetingStatus"), "izvedeno"));
        assertTrue(browser.find(By.id("confirmation")).getText().contains("še ni potrdil"));

        browser.find(By.id("proposalForm:proposalText")).sendKeys(proposal);
        browser.choose("proposalForm:proposalArea", "Področje usposabljanja");
        browser.click(By.id("proposalForm:addProposal"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("proposals"), proposal));
        assertTrue(browser.find(By.id("proposals")).getText().contains("Področje usposabljanja"));

        browser.find(By.id("followUpForm:task")).sendKeys(task);
        browser.find(By.id("followUpForm:ownerName")).sendKeys("direktorica");
        browser.click(By.id("followUpForm:addFollowUp"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("followUps"), task));
        assertTrue(browser.find(By.id("followUps")).getText().contains("center direktorica"), "the centre's task, and whose");
        browser.keepEvidence("stewardship-meeting");

        // met this year: Brežice has left the queue, of my centres and of all
        browser.click(By.id("navStewardship"));
        assertFalse(browser.find(QUEUE).getText().contains(BREZICE), "Brežice was met this year");
        browser.click(By.xpath("//*[@id='dueForm:dueScope']//*[normalize-space()='Vsi centri']"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(QUEUE, "Mladinski center Hrastnik"));
        assertFalse(browser.find(QUEUE).getText().contains(BREZICE));
        browser.signOut();

        // the centre admin: the shared minutes, never the internal note; confirms and marks the follow-up done
        browser.signIn("brezice.admin");
        browser.open("/centre");
        By meeting = By.id("meeting-" + meetingId);
        String card = browser.find(meeting).getText();
        assertTrue(card.contains(situation) && card.contains(needs), card);
        assertTrue(card.contains(proposal) && card.contains(task), card);
        assertFalse(browser.driver().getPageSource().contains(internal), "the internal note is not in the page");
        browser.click(By.cssSelector("#meeting-" + meetingId + " .confirm-minutes"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(meeting, "Zapisnik ste potrdili"));
        browser.click(By.xpath("//*[@id='meeting-" + meetingId + "']//li[contains(., '" + task + "')]//button[contains(@class,'follow-up-done')]"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='meeting-" + meetingId + "']//li[contains(@class,'done') and contains(., '" + task + "')]")));
        assertFalse(browser.driver().getPageSource().contains(internal), "the internal note never reaches the centre");
        assertFalse(browser.driver().getPageSource().contains("Interna opomba"), "not even its label");
        browser.keepEvidence("stewardship-centre-card");
        browser.signOut();

        // the office admin: the confirmation, the coverage by region and steward, the proposals by area
        browser.signIn("office.admin");
        browser.open("/office/meeting?id=" + meetingId);
        assertTrue(browser.find(By.id("confirmation")).getText().contains("Center je zapisnik potrdil"),
                browser.find(By.id("confirmation")).getText());
        assertTrue(browser.find(By.id("followUps")).getText().contains("opravljeno"));

        // the centre's page: its steward (assigned again as it was), its meetings, a contact noted in one line
        browser.click(By.id("toCentre"));
        browser.find(By.id("stewardForm:stewardUsername")).clear();
        browser.find(By.id("stewardForm:stewardUsername")).sendKeys("office.steward");
        browser.find(By.id("stewardForm:stewardName")).clear();
        browser.find(By.id("stewardForm:stewardName")).sendKeys("Miha Jereb");
        browser.click(By.id("stewardForm:assignSteward"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"), "dodeljen"));
        assertTrue(browser.find(By.id("steward")).getText().contains("Miha Jereb (office.steward)"), browser.find(By.id("steward")).getText());
        assertTrue(browser.find(By.id("meetings")).getText().contains("izvedeno"));
        String note = "Klic o terminu predstavitve na Klubu MaMa " + run;
        browser.find(By.id("contactForm:contactNote")).sendKeys(note);
        browser.click(By.id("contactForm:logContact"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("contactForm:contacts"), note));
        assertTrue(browser.find(By.id("contactForm:contacts")).getText().contains("Tina Vovk"), "who noted it");
        browser.keepEvidence("stewardship-office-centre");

        browser.click(By.id("navOffice"));
        assertTrue(browser.find(By.id("coverageSummary")).getText().startsWith("Obiskane članice: "),
                browser.find(By.id("coverageSummary")).getText());
        browser.keepEvidence("stewardship-office-home");
        browser.click(By.id("openCoverage"));
        assertTrue(browser.find(By.id("coverageTitle")).getText().endsWith(Integer.toString(today.getYear())));
        assertTrue(browser.find(By.id("overall")).getText().startsWith("Obiskane članice: "));
        String byRegion = browser.find(By.id("byRegion")).getText();
        assertTrue(byRegion.contains("Posavska") && byRegion.contains("Osrednjeslovenska"), byRegion);
        String bySteward = browser.find(By.id("bySteward")).getText();
        assertTrue(bySteward.contains("Miha Jereb") && bySteward.contains("Tina Vovk"), bySteward);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#byRegionCard canvas")).size(), "a chart by region");
        browser.keepEvidence("stewardship-coverage");

        browser.open("/office/proposals?year=" + today.getYear());
        WebElement training = browser.find(By.cssSelector("section.proposal-group[data-area='usposabljanje']"));
        assertTrue(training.findElement(By.tagName("h2")).getText().startsWith("Področje usposabljanja"));
        assertTrue(training.getText().contains(proposal) && training.getText().contains(BREZICE), training.getText());
        List<WebElement> groups = browser.driver().findElements(By.cssSelector("section.proposal-group"));
        assertEquals("none", groups.get(groups.size() - 1).getAttribute("data-area"), "proposals without an area last");
        browser.click(By.xpath("//tr[contains(@class,'proposal-row')][td[contains(., '" + proposal + "')]]//div[contains(@class,'ui-chkbox-box')]"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"), "osnutek načrta"));
        browser.keepEvidence("stewardship-proposals");

        HttpResponse<byte[]> xlsx = browser.download("/office/proposals/export?year=" + today.getYear() + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        String sheet = xmlOf(xlsx.body());
        assertTrue(sheet.contains(proposal) && sheet.contains("Področje usposabljanja"), "one row per proposal, with its area");
        HttpResponse<byte[]> pdf = browser.download("/office/proposals/export?year=" + today.getYear() + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    /** Whether Brežice's page lists a meeting held this year (an earlier run on this stack). */
    private static boolean metThisYear(Browser browser, LocalDate today) {
        browser.open("/office/centre?id=1");
        return browser.find(By.id("meetings")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .anyMatch(row -> row.contains("izvedeno") && row.contains(Integer.toString(today.getYear())));
    }

    /** Every XML part of an XLSX package, concatenated: the sheet's cells are inline strings in it. */
    private static String xmlOf(byte[] xlsx) throws IOException {
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip package");
        StringBuilder xml = new StringBuilder();
        Path file = Files.createTempFile("proposals-export", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return xml.toString();
    }
}

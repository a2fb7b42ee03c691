package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office reads the 2021 training-needs questionnaire's results (demo data: 30 centres answered): the response
 * rate, a chart and table per question with this year's questionnaire compared to it, the downloads (responses as
 * XLSX and CSV, the report as PDF), the results of one region, and a draft training created from a demanded topic.
 */
@ExtendWith(Browser.class)
class OfficeSurveyResultsJourneyIT {

    private static final String TOPIC = "Duševno zdravje mladih in psihološka podpora mladim";

    @Test
    void theOfficeReadsResultsDownloadsThemAndDraftsATrainingFromATopic(Browser browser) throws IOException {
        browser.signIn("office.admin");
        browser.open("/office/survey-results?id=1");
        assertEquals("Vprašalnik o potrebah po usposabljanjih 2021", browser.find(By.id("resultsTitle")).getText());
        assertTrue(browser.find(By.id("responseRate")).getText().startsWith("Oddanih odgovorov: 30 od "),
                browser.find(By.id("responseRate")).getText());
        String topics = browser.find(By.id("result-teme")).getText();
        assertTrue(topics.contains(TOPIC), topics);
        assertTrue(browser.driver().findElements(By.cssSelector("#result-teme canvas")).size() == 1, "a chart per question");
        browser.keepEvidence("survey-results-2021");

        HttpResponse<byte[]> xlsx = browser.download("/office/survey/export?id=1&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        String sheet = xmlOf(xlsx.body());
        assertTrue(sheet.contains("Mladinski center Brežice"), "one row per response, named");
        assertTrue(sheet.contains("teme Katere teme usposabljanj"), "a column per question, headed by its code");
        String csv = new String(browser.download("/office/survey/export?id=1&format=csv").body(), StandardCharsets.UTF_8);
        assertEquals(31, csv.strip().lines().count(), "a header and 30 responses");
        HttpResponse<byte[]> pdf = browser.download("/office/survey/export?id=1&format=pdf");
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // one region's results
        browser.open("/office/survey-results?id=1&region=POSAVSKA");
        assertTrue(browser.find(By.id("responsesCount")).getText().contains("Posavska"),
                browser.find(By.id("responsesCount")).getText());

        // this year's questionnaire is compared with 2021 on the same question codes
        browser.open("/office/survey-results?id=3");
        assertTrue(browser.find(By.id("result-teme")).getText().contains("% 2021"), "last year's share beside this year's");
        assertTrue(browser.find(By.id("remindForm:nonResponders")).getText().contains("Mladinski center Brežice"),
                "Brežice has not answered yet");
        browser.keepEvidence("survey-results-now");

        // a draft training from the most demanded topic
        browser.open("/office/survey-results?id=1");
        browser.click(By.xpath("//section[@id='result-teme']//tr[td[1][normalize-space()='" + TOPIC + "']]//button"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("trainingDemand")));
        assertEquals(TOPIC, browser.find(By.id("trainingTitle")).getText());
        assertTrue(browser.find(By.id("trainingDemand")).getText().contains("Vprašalnik o potrebah po usposabljanjih 2021"),
                browser.find(By.id("trainingDemand")).getText());
        assertEquals("v pripravi", browser.find(By.id("trainingStatus")).getText());
        browser.keepEvidence("survey-draft-training");
    }

    /** Every XML part of an XLSX package, concatenated: the sheet's cells are inline strings in it. */
    private static String xmlOf(byte[] xlsx) throws IOException {
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip package");
        StringBuilder xml = new StringBuilder();
        Path file = Files.createTempFile("survey-export", ".xlsx");
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

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

        // calendar apps subscribe to the public feed, which lists the new training's session
        String feed = new String(browser.download("/public/academy/calendar.ics").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(feed.startsWith("BEGIN:VCALENDAR") && feed.contains("SUMMARY:" + title), "the feed lists " + title);
    }

    @Test
    void officeAdminMarksAttendanceIssuesCertificatesAndAnyoneChecksACertificateCode(Browser browser) {
        browser.signIn("office.admin");
        browser.open("/academy?year=2021");
        browser.find(By.id("catalogueForm:q")).sendKeys("Osnove mladinskega dela");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#catalogueForm\\:trainings .edit-training"), 1));
        browser.click(By.cssSelector("#catalogueForm\\:trainings .edit-training"));
        browser.click(By.id("statusForm:attendanceLink"));
        browser.find(By.id("attendanceTitle"));

        // one tap marks the first participant present at the first session; the hours follow
        String registration = browser.waitUntil(d -> d.findElement(By.cssSelector("#sheet tbody tr")).getAttribute("data-registration"));
        By firstMark = By.cssSelector("#sheet tbody tr[data-registration='" + registration + "'] .mark-attendance");
        String marked = browser.waitUntil(d -> d.findElement(firstMark).getAttribute("class"));
        if (!marked.contains("present")) {
            browser.click(firstMark);
        }
        browser.waitUntil(ExpectedConditions.attributeContains(
                By.cssSelector("#sheet tbody tr[data-registration='" + registration + "'] .mark-attendance"), "class", "present"));
        assertTrue(!browser.find(By.cssSelector("#sheet tbody tr[data-registration='" + registration + "'] .hours")).getText().equals("0"));

        // certificates for everyone present; the code opens a public check page and a PDF
        browser.click(By.id("sheetForm:issueCertificates"));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        String code = browser.waitUntil(d -> d.findElement(
                By.cssSelector("#sheet tbody tr[data-registration='" + registration + "'] .certificate-link")).getText());
        String person = browser.waitUntil(d -> d.findElement(
                By.cssSelector("#sheet tbody tr[data-registration='" + registration + "'] th")).getText()).split("\n")[0];
        browser.keepEvidence("office-attendance");
        assertEquals(200, browser.statusOf("/public/certificates/" + code + ".pdf"));
        String exportPath = browser.find(By.id("exportXlsx")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
        java.net.http.HttpResponse<byte[]> xlsx = browser.download(exportPath);
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "an XLSX is a zip package");
        String csv = new String(browser.download(exportPath.replace("format=xlsx", "format=csv")).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF") && csv.contains(";") && csv.contains(code), "the CSV lists the certificate: " + csv);

        browser.signOut();
        browser.open("/public/certificates/" + code);
        assertTrue(browser.find(By.id("certificateValid")).getText().contains("Potrdilo je veljavno"));
        assertEquals(person, browser.find(By.id("certificatePerson")).getText());
        browser.keepEvidence("certificate-check");
        java.net.http.HttpResponse<byte[]> pdf = browser.download("/public/certificates/" + code + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        browser.open("/public/certificates/NEOBSTAJA2345");
        assertTrue(browser.find(By.id("certificateInvalid")).isDisplayed());
        assertEquals(404, browser.statusOf("/public/certificates/NEOBSTAJA2345.pdf"));
    }
}

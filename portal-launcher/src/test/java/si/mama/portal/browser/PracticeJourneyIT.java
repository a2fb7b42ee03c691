package si.mama.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.TestStack;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A centre describes a good practice with a photo and submits it; the office publishes it for everyone; a visitor who
 * is not signed in finds it at /public/practices with its photo. The title is new on every run, so the journey
 * repeats on a stack reused from an earlier run.
 */
@ExtendWith(Browser.class)
class PracticeJourneyIT {

    @Test
    void aCentreSubmitsAPracticeTheOfficePublishesItAndVisitorsFindIt(Browser browser) throws IOException {
        String title = "Mladinci v šolskih klopeh " + System.currentTimeMillis();

        // Brežice's admin starts a draft with a title only
        browser.signIn("brezice.admin");
        browser.click(By.id("navPractices"));
        browser.click(By.id("ownForm:newPractice"));
        browser.find(By.id("practiceForm:title")).sendKeys(title);
        browser.click(By.id("practiceForm:savePractice"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("practiceTitle"), title));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("practiceStatus"), "osnutek"));

        // submitting it as it is says what is missing, next to each field
        submit(browser);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("practiceForm:formMessages"), "manjka še 6 podatkov"));
        assertTrue(browser.find(By.xpath("//textarea[@id='practiceForm:summary']/following-sibling::*[contains(@class,'ui-message-error')]"))
                .getText().contains("obvezno"));
        browser.keepEvidence("practice-incomplete");

        // the whole description, a photo, and the submission
        browser.find(By.id("practiceForm:summary")).sendKeys("Mladinski delavci enkrat mesečno vodijo razredno uro o prostem času in prostovoljstvu.");
        browser.find(By.id("practiceForm:topic")).sendKeys("Sodelovanje s šolami");
        browser.find(By.id("practiceForm:targetGroup")).sendKeys("učenci 9. razreda");
        browser.find(By.id("practiceForm:partners")).sendKeys("OŠ Primer");
        browser.click(By.xpath("//div[@id='practiceForm:partnerTypes']//label[normalize-space()='šola']"));
        browser.find(By.id("practiceForm:results")).sendKeys("10 razrednih ur, 200 učencev.");
        browser.find(By.id("practiceForm:contactName")).sendKeys("Tina Primer");
        browser.find(By.id("practiceForm:contactEmail")).sendKeys("tina.primer@mc-brezice.example.org");
        browser.click(By.id("practiceForm:savePractice"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"), "shranjene"));

        browser.driver().findElement(By.id("filesForm:upload_input")).sendKeys(photo().toString());
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".practice-file img.thumbnail"), 1));
        browser.keepEvidence("practice-edit");

        submit(browser);
        browser.waitUntil(ExpectedConditions.urlContains("/practices/view"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("practiceStatus"), "oddano v pregled"));
        browser.keepEvidence("practice-submitted");

        // the centre's list shows it waiting; the members' catalogue does not have it yet
        browser.click(By.id("navPractices"));
        WebElement own = browser.find(By.xpath("//tr[contains(@class,'own-practice')][.//a[normalize-space()='" + title + "']]"));
        assertTrue(own.getText().contains("oddano v pregled"), own.getText());
        assertTrue(browser.driver().findElements(By.xpath("//li[contains(@class,'practice-card')][.//a[normalize-space()='"
                + title + "']]")).isEmpty(), "not in the catalogue before the office publishes it");
        browser.keepEvidence("practices-centre");
        HttpResponse<byte[]> membersPdf = browser.download("/practices/export");
        assertEquals(200, membersPdf.statusCode());
        assertEquals("application/pdf", membersPdf.headers().firstValue("Content-Type").orElse(""));
        browser.signOut();

        // the office publishes it for everyone
        browser.signIn("office.admin");
        browser.open("/office/practices");
        WebElement row = row(browser, title);
        assertTrue(row.getText().contains("oddano v pregled"), row.getText());
        browser.keepEvidence("practice-review");
        row.findElement(By.cssSelector(".publish-practice")).click();
        browser.find(By.id("publishDialog"));
        browser.click(By.cssSelector("[id='publishForm:shownPublicly'] .ui-chkbox-box"));
        browser.click(By.id("publishForm:confirmPublish"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-message"), "je objavljena"));
        browser.waitUntil(d -> row(browser, title).getText().contains("objavljeno") && row(browser, title).getText().contains("javno"));
        browser.keepEvidence("practice-published");
        TestStack.mailCatcher().ifPresent(catcher -> CaughtMail.await(catcher, "Dobra praksa objavljena: " + title,
                "obiskovalci javne strani"));
        browser.signOut();

        // a visitor finds it on the public page, with its photo, and in the PDF catalogue
        browser.open("/public/practices");
        browser.find(By.id("catalogueForm:q")).sendKeys(title);
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".practice-card"), 1));
        browser.keepEvidence("practice-public-list");
        browser.click(By.linkText(title));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("practiceTitle"), title));
        WebElement image = browser.find(By.cssSelector(".practice-images img"));
        String src = image.getAttribute("src");
        assertTrue(src.contains("/public/practices/file"), src);
        assertTrue(browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)
                .equals(Boolean.TRUE), "the photo shows");
        assertFalse(browser.text().contains("oddano v pregled"), "a visitor sees no review state");
        browser.keepEvidence("practice-public-view");
        HttpResponse<byte[]> photo = browser.download(src.substring(browser.baseUrl().length()));
        assertEquals(200, photo.statusCode());
        assertEquals("image/png", photo.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> pdf = browser.download("/public/practices/export");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private static void submit(Browser browser) {
        browser.click(By.id("practiceForm:submitPractice"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    private static WebElement row(Browser browser, String title) {
        return browser.find(By.xpath("//tr[contains(@class,'review-row')][.//a[normalize-space()='" + title + "']]"));
    }

    /** A real photo-like PNG (a coloured picture), so the page has something to show. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0xc9, 0xa2, 0x27));
        g.fillOval(200, 30, 70, 70);
        g.setColor(new Color(0x7a, 0x1f, 0x5c));
        g.fillRect(30, 120, 260, 60);
        g.dispose();
        Path file = Files.createTempFile("razredna-ura-", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}

package si.mama.portal.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.launcher.Settings;
import si.mama.portal.launcher.TestStack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office admin's personal-data requests: everything about a demo staff member, reached from the centre's staff
 * list, downloaded as JSON (parsed) and PDF (read back); then a colleague created and invited by the centre admin,
 * who leaves and whom the office erases: the centre's list shows the placeholder and Keycloak no longer has the
 * account.
 */
@ExtendWith(Browser.class)
class PersonalDataJourneyIT {

    private static final String GREGOR = "gregor.kolar@mc-brezice.example.org";

    @Test
    void theOfficeExportsADemoPersonsDataAsJsonAndPdf(Browser office) throws IOException {
        office.signIn("office.admin");
        office.open("/office/centre?id=1");
        WebElement row = office.find(By.xpath("//*[@id='staff_data']/tr[td[contains(., '" + GREGOR + "')]]"));
        row.findElement(By.cssSelector(".person-data-link")).click();
        office.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("peopleCard"), GREGOR));
        assertTrue(office.find(By.id("peopleCard")).getText().contains("Gregor Kolar"));
        assertTrue(office.find(By.id("accountLine")).getText().contains("brezice.staff"), "the Keycloak account");
        assertTrue(office.find(By.id("eraseNotYet")).getText().contains("še aktivna"), "an active person is not erased");
        assertTrue(office.driver().findElements(By.id("eraseForm:erase")).isEmpty());
        office.keepEvidence("personal-data-export");
        assertEquals(List.of(), office.checkAccessibility("person-data").violations(), "no serious or critical");

        HttpResponse<byte[]> json = office.download(path(office, "exportJson"));
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));
        JsonObject data = Json.createReader(new ByteArrayInputStream(json.body())).readObject();
        assertEquals("si.mama.portal/personal-data", data.getString("format"));
        assertEquals(GREGOR, data.getString("email"));
        assertEquals("DONE", data.getString("accountLookup"));
        JsonObject sections = data.getJsonObject("sections");
        JsonArray people = sections.getJsonArray("people");
        assertEquals(1, people.size());
        assertEquals("Kolar", people.getJsonObject(0).getString("lastName"));
        assertEquals("brezice.staff", sections.getJsonArray("account").getJsonObject(0).getString("username"));
        assertTrue(sections.getJsonArray("account").getJsonObject(0).getString("organizations").contains("mc-brezice"));
        assertEquals(1, sections.getJsonArray("centreContacts").size(), "Brežice's contact person");
        assertTrue(sections.containsKey("registrations") && sections.containsKey("mails"), "every part, also empty");

        HttpResponse<byte[]> pdf = office.download(path(office, "exportPdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Osebni podatki: " + GREGOR), text);
            assertTrue(text.contains("Gregor Kolar") && text.contains("Kontaktne osebe centrov"), text);
            assertFalse(text.contains("personalData."), "every label is translated:\n" + text);
        }
    }

    @Test
    void aColleagueWhoLeftIsErasedWithTheirAccount(Browser admin) throws Exception {
        Settings stack = TestStack.start();
        assertTrue(TestStack.mailCatcher().isPresent(), "this journey asks Keycloak itself: run it with its own test stack");
        String email = "nika.odhod." + System.nanoTime() + "@mc-brezice.example.org";

        // MC Brežice lists a new colleague and invites her: Keycloak has her account
        admin.signIn("brezice.admin");
        admin.find(By.id("staffForm:addPerson")).click();
        admin.find(By.id("personForm:firstName")).sendKeys("Nika");
        admin.find(By.id("personForm:lastName")).sendKeys("Odhod");
        admin.find(By.id("personForm:email")).sendKeys(email);
        admin.find(By.id("personForm:savePerson")).click();
        admin.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("personForm:savePerson")));
        admin.find(By.id("staffForm:search")).sendKeys(email);
        admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='staffForm:staff_data'] > tr"), 1));
        admin.click(By.cssSelector("#staffForm\\:staff .invite-person"));
        admin.click(By.cssSelector(".ui-confirmdialog-yes"));
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), "Povabljen"));
        assertEquals(1, keycloakUsers(stack, email), "the invitation made the account");

        // she leaves: the centre deactivates her
        admin.click(By.cssSelector("#staffForm\\:staff .deactivate-person"));
        admin.click(By.cssSelector(".ui-confirmdialog-yes"));
        admin.waitUntil(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), email)));

        // the office finds her, sees what will happen and erases her
        Browser office = admin.another();
        office.signIn("office.admin");
        office.find(By.id("openPersonData")).click();
        office.find(By.id("searchForm:email")).sendKeys(email);
        office.find(By.id("searchForm:search")).click();
        office.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("peopleCard"), "Nika Odhod"));
        assertTrue(office.find(By.id("peopleCard")).getText().contains("odšla"));
        assertTrue(office.find(By.id("accountLine")).getText().contains(email), "her account, turned off");
        office.click(By.id("eraseForm:erase"));
        String confirmation = office.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
        Matcher placeholder = Pattern.compile("»(Izbrisana oseba #(\\d+))«").matcher(confirmation);
        assertTrue(placeholder.find() && confirmation.contains("Keycloak") && confirmation.contains("Nika Odhod"), confirmation);
        office.keepEvidence("personal-data-erase-confirm");
        assertEquals(List.of(), office.checkAccessibility("person-data-erase-confirm").violations());
        office.click(By.cssSelector(".ui-confirmdialog-yes"));
        office.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "izbrisani"));
        String erasures = office.find(By.id("erasures")).getText();
        assertTrue(erasures.contains("oseba #" + placeholder.group(2)) && erasures.contains("Mladinski center Brežice"), erasures);
        office.keepEvidence("personal-data-erased");

        // nothing is left under her address, Keycloak has no account for it, and the centre's list shows the placeholder
        office.open("/office/person-data?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertTrue(office.find(By.id("nothingHeld")).isDisplayed(), office.text());
        assertEquals(0, keycloakUsers(stack, email), "the account is deleted");
        admin.open("/centre/index");
        admin.find(By.cssSelector("[id='staffForm:includeInactive'] .ui-chkbox-box")).click();
        admin.find(By.id("staffForm:search")).sendKeys("oseba #" + placeholder.group(2));
        admin.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='staffForm:staff_data'] > tr"), 1));
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staff"), placeholder.group(1)));
        assertTrue(admin.driver().findElements(By.cssSelector("#staffForm\\:staff .edit-person")).isEmpty(),
                "an erased person is not edited");
    }

    private static String path(Browser browser, String linkId) {
        String href = browser.find(By.id(linkId)).getAttribute("href");
        return href.substring(browser.baseUrl().length());
    }

    /** How many Keycloak users have this address, asked through the Admin REST API as the realm's admin. */
    private static int keycloakUsers(Settings stack, String email) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(stack.keycloakAdminUser(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(stack.keycloakAdminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = Json.createReader(new java.io.StringReader(token.body())).readObject().getString("access_token");
        HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/admin/realms/"
                        + Settings.REALM + "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, users.statusCode(), users.body());
        return Json.createReader(new java.io.StringReader(users.body())).readArray().size();
    }
}

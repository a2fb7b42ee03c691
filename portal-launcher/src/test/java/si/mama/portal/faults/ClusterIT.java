package si.mama.portal.faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.browser.Browser;
import si.mama.portal.launcher.ClusterStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes ({@code -Pcluster}): two Payara Micro instances in one Hazelcast cluster behind nginx share the HTTP
 * sessions. A centre admin signs in through nginx and starts answering a questionnaire on the node that served them;
 * that node is killed with SIGKILL; in the very page the dead node drew, the next answer is saved by the other node,
 * and every further page opens there, without signing in again.
 */
@ExtendWith(Browser.class)
class ClusterIT {

    private static final String SAVED = "Vsi odgovori so shranjeni.";
    private static final String QUESTIONNAIRE = "/surveys/answer?id=3";
    private static ClusterStack cluster;
    private static final List<String> RESULTS = new ArrayList<>();

    @BeforeAll
    static void start() {
        cluster = ClusterStack.start("cluster");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        System.out.println("cluster: " + String.join("; ", RESULTS));
    }

    @Test
    void aUserSignedInOnOneNodeKeepsWorkingWhenThatNodeIsKilled(Browser browser) throws Exception {
        browser.signIn("brezice.admin");
        String first = nodeOf(browser, "/centre/record");
        String second = cluster.nodes().stream().filter(node -> !node.equals(first)).findFirst().orElseThrow();
        assertEquals(first, nodeOf(browser, QUESTIONNAIRE), "nginx keeps the browser on one node while it lives");

        browser.open(QUESTIONNAIRE);
        browser.find(By.id("answerForm"));
        if (!browser.driver().findElements(By.id("answerForm:reopenResponse")).isEmpty()) {
            browser.click(By.id("answerForm:reopenResponse"));
            browser.find(By.id("answerForm:submitResponse"));
        }
        type(browser, "zaposleni", "11");

        cluster.kill(first);
        assertFalse(cluster.isAlive(first));
        // the page the dead node drew: its view and the session are on the other node now
        type(browser, "zaposleni", "12");
        assertEquals("12", answer("zaposleni"), "the answer typed after the kill is saved");
        assertEquals(second, nodeOf(browser, "/centre/record"));

        browser.open("/centre");
        browser.find(By.id("content"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(browser.baseUrl()), "no trip to Keycloak's login");
        assertTrue(browser.driver().findElements(By.id("username")).isEmpty(), "not asked to sign in again");
        browser.open(QUESTIONNAIRE);
        type(browser, "predlogi", "Po izpadu vozlišča delamo naprej.");
        assertEquals("Po izpadu vozlišča delamo naprej.", answer("predlogi"));
        assertEquals(List.of(), logLines("NotSerializableException"), "every session could be written to the Data Grid");
        assertEquals(List.of(), logLines("has no tokens here"),
                "the sign-in's tokens came along (no silent second sign-in through Keycloak's single sign-on)");
        RESULTS.add("signed in on " + first + ", killed it, kept working on " + second
                + " (2 ajax saves, 3 pages), sessions not written: 0");
    }

    /** The node that answers this browser's request (X-Portal-Node), asked with its cookies. */
    private static String nodeOf(Browser browser, String path) {
        java.net.http.HttpResponse<byte[]> response = browser.download(path);
        assertEquals(200, response.statusCode(), path);
        String node = response.headers().firstValue("X-Portal-Node").orElseThrow();
        assertNotEquals("", node);
        return node;
    }

    private static void type(Browser browser, String code, String text) {
        WebElement field = browser.find(By.cssSelector(".survey-question[data-code='" + code + "'] :is(.survey-text, .survey-number, .survey-date)"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.waitUntil(d -> SAVED.equals(d.findElement(By.id("saveState")).getText()));
    }

    private static String answer(String code) throws Exception {
        try (Connection db = cluster.database(); PreparedStatement query = db.prepareStatement(
                "select a.value_text from survey_answer a join survey_question q on q.id = a.question_id"
                        + " join survey_response r on r.id = a.response_id join centre c on c.id = r.centre_id"
                        + " where r.questionnaire_id = 3 and c.alias = 'mc-brezice' and q.code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Lines of the nodes' logs that contain {@code text}. */
    private static List<String> logLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path log : cluster.nodeLogs()) {
            if (Files.exists(log)) {
                Files.readAllLines(log).stream().filter(line -> line.contains(text)).forEach(lines::add);
            }
        }
        return lines;
    }
}

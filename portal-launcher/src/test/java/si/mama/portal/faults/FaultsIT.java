package si.mama.portal.faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import si.mama.portal.browser.Browser;
import si.mama.portal.launcher.FaultStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fault suite ({@code -Pfaults}): on a stack of its own, Payara Micro is killed with SIGKILL in the middle of a
 * registration rush and of questionnaire autosaves, MariaDB is restarted under the running portal, and Keycloak is
 * stopped while people work. Nothing the portal acknowledged may be lost or doubled; the portal must come back by
 * itself; signed-in people keep working and a new sign-in gets a page that says why it cannot happen now.
 */
@ExtendWith(Browser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Pattern OUTCOME = Pattern.compile("class=\"outcome-(\\w+)\"><strong>[^<]*</strong>:([^<]*)</li>");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Map<String, String> RESULTS = new java.util.LinkedHashMap<>();

    private static FaultStack stack;
    private static FaultFixtures fixtures;

    @BeforeAll
    static void start() throws SQLException {
        stack = FaultStack.start("faults");
        try (Connection db = stack.database()) {
            fixtures = new FaultFixtures(db);
        }
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        System.out.println("faults: " + String.join("; ", RESULTS.values()));
    }

    /** An acknowledged registration: what the page told the admin. */
    record Ack(String kind, Integer position) {
    }

    @Test
    @Order(1)
    void everyRegistrationAcknowledgedBeforeAKillIsThereOnceAfterTheRestart(Browser browser) throws Exception {
        PortalHttp admin = PortalHttp.signIn(browser, "brezice.admin");
        String page = "/academy/training?id=" + fixtures.training;
        PortalHttp.Reply probe = admin.get(page);
        assertEquals(200, probe.status(), "the admin's session outside the browser opens the training page");
        PortalHttp.AjaxCall register = PortalHttp.callOf(probe.body(), "registerForm:registerPeople");
        assertTrue(register.update().contains("outcomesPanel"), "the register button updates its outcomes: " + register.script());
        java.util.Queue<String> problems = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Map<Long, Ack> acked = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        int workers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            List<Long> mine = new ArrayList<>();
            for (int i = w; i < fixtures.people.size(); i += workers) {
                mine.add(fixtures.people.get(i));
            }
            pool.submit(() -> {
                for (long person : mine) {
                    if (killed.get()) {
                        return;
                    }
                    try {
                        register(admin, page, person, sent, problems).ifPresent(ack -> acked.put(person, ack));
                    } catch (IOException | RuntimeException | AssertionError cut) {
                        if (!killed.get()) {
                            problems.add(cut.toString());
                        }
                        return; // the server is gone: this click got no answer
                    }
                }
            });
        }
        awaitOrFail("a third of the registrations acknowledged", Duration.ofMinutes(3),
                () -> acked.size() >= fixtures.people.size() / 3 || problems.size() > 5);
        assertTrue(acked.size() >= fixtures.people.size() / 3, "the rush went wrong before the kill: " + problems);
        stack.killPortal();
        killed.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS), "the rush's threads end once the server is gone");
        int acknowledged = acked.size();
        stack.startPortal();

        int found = 0;
        int duplicated = 0;
        List<Integer> waitlist = new ArrayList<>();
        int confirmed = 0;
        try (Connection db = stack.database()) {
            Map<Long, List<Ack>> rows = new java.util.HashMap<>();
            try (PreparedStatement query = FaultFixtures.prepare(db, "select person_id, status, waitlist_position"
                    + " from registration where training_id = ? and status <> 'CANCELLED'", fixtures.training);
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Integer position = (Integer) result.getObject(3);
                    rows.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(new Ack(result.getString(2), position));
                    if (position != null) {
                        waitlist.add(position);
                    }
                    confirmed += "CONFIRMED".equals(result.getString(2)) ? 1 : 0;
                }
            }
            for (Map.Entry<Long, Ack> ack : acked.entrySet()) {
                List<Ack> kept = rows.getOrDefault(ack.getKey(), List.of());
                assertEquals(List.of(ack.getValue()), kept, "person " + ack.getKey() + ": what the page acknowledged is what the database holds");
                found++;
            }
            duplicated = (int) rows.values().stream().filter(list -> list.size() > 1).count();
            assertEquals(0, duplicated, "nobody is registered twice");
            assertEquals(Math.min(FaultFixtures.SEATS, rows.size()), confirmed, "the seats fill first and never overflow");
            waitlist.sort(null);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= waitlist.size(); i++) {
                expected.add(i);
            }
            assertEquals(expected, waitlist, "waitlist places are 1..n, each once");
            assertEquals(List.of((long) confirmed, (long) waitlist.size()), counters(db),
                    "the training's seat counters agree with its registrations");
        }
        RESULTS.put("registrations", String.format("registrations sent=%d, acknowledged=%d, found=%d, duplicated=%d,"
                + " confirmed=%d/%d seats, waitlist 1..%d", sent.get(), acknowledged, found, duplicated, confirmed,
                FaultFixtures.SEATS, waitlist.size()));
    }

    private java.util.Optional<Ack> register(PortalHttp admin, String page, long person, AtomicInteger sent,
                                             java.util.Queue<String> problems) throws IOException {
        PortalHttp.Reply form = admin.get(page);
        if (form.status() != 200) {
            throw new IOException("the training page answered " + form.status());
        }
        PortalHttp.AjaxCall call = PortalHttp.callOf(form.body(), "registerForm:registerPeople");
        sent.incrementAndGet();
        PortalHttp.Reply reply = admin.ajax(page, call, PortalHttp.viewState(form.body()),
                Map.of("registerForm:people", Long.toString(person)));
        Matcher outcome = OUTCOME.matcher(reply.body());
        if (reply.status() != 200 || !outcome.find()) {
            if (problems.isEmpty()) { // the first: what was sent and what came back, to look at
                java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("portal.test.output", "target/browser"), "faults");
                java.nio.file.Files.writeString(dir.resolve("register-page.html"), form.body());
                java.nio.file.Files.writeString(dir.resolve("register-reply.xml"), call + "\n" + reply.body());
            }
            problems.add(person + ": " + reply.status() + " " + reply.body().substring(0, Math.min(600, reply.body().length())));
            return java.util.Optional.empty();
        }
        String kind = outcome.group(1);
        if (!kind.equals("CONFIRMED") && !kind.equals("WAITLISTED")) {
            throw new AssertionError("person " + person + " was refused: " + outcome.group(0));
        }
        Matcher position = NUMBER.matcher(outcome.group(2));
        return java.util.Optional.of(new Ack(kind, kind.equals("WAITLISTED") && position.find()
                ? Integer.valueOf(position.group()) : null));
    }

    private List<Long> counters(Connection db) throws SQLException {
        try (PreparedStatement query = FaultFixtures.prepare(db, "select seats_taken, waitlist_length from training where id = ?",
                fixtures.training); ResultSet row = query.executeQuery()) {
            row.next();
            return List.of(row.getLong(1), row.getLong(2));
        }
    }

    @Test
    @Order(2)
    void everyAnswerAcknowledgedBeforeAKillIsThereAfterTheRestart(Browser browser) throws Exception {
        PortalHttp admin = PortalHttp.signIn(browser, "brezice.admin");
        String page = "/surveys/answer?id=" + fixtures.questionnaire;
        // the centre's response exists before the rush (its first answer creates it)
        Autosave first = Autosave.open(admin, page);
        PortalHttp.Reply saved = first.send(FaultFixtures.code(1), "prvi", "t0");
        assertTrue(PortalHttp.unescaped(saved.body()).contains("\"savedOk\":true"), "the first answer is saved: " + saved.status() + " " + saved.body());

        Map<String, String> lastAcked = new ConcurrentHashMap<>();
        Map<String, List<String>> sentValues = new ConcurrentHashMap<>();
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> {
                try {
                    Autosave autosave = Autosave.open(admin, page);
                    for (int round = 1; round < 1000 && !killed.get(); round++) {
                        for (int q = 1 + worker; q <= FaultFixtures.QUESTIONS && !killed.get(); q += workers) {
                            String code = FaultFixtures.code(q);
                            String value = code + "-" + round;
                            sentValues.computeIfAbsent(code, c -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(value);
                            if (autosave.save(code, value)) {
                                lastAcked.put(code, value);
                                acks.incrementAndGet();
                            }
                        }
                    }
                } catch (IOException | RuntimeException cut) {
                    // the server is gone: this answer got no acknowledgement
                }
            });
        }
        awaitOrFail("120 answers acknowledged", Duration.ofMinutes(3), () -> acks.get() >= 120);
        stack.killPortal();
        killed.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS), "the autosaves end once the server is gone");
        int acknowledged = acks.get();
        stack.startPortal();

        int found = 0;
        int duplicated = 0;
        try (Connection db = stack.database(); PreparedStatement query = FaultFixtures.prepare(db,
                "select q.code, a.value_text, count(*) over (partition by a.question_id) from survey_answer a"
                        + " join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id"
                        + " where r.questionnaire_id = ? and r.centre_id = ?", fixtures.questionnaire, fixtures.centre);
             ResultSet rows = query.executeQuery()) {
            Map<String, String> stored = new java.util.HashMap<>();
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
                duplicated += rows.getInt(3) > 1 ? 1 : 0;
            }
            for (Map.Entry<String, String> ack : lastAcked.entrySet()) {
                List<String> values = sentValues.get(ack.getKey());
                List<String> acceptable = values.subList(values.indexOf(ack.getValue()), values.size());
                String kept = stored.get(ack.getKey());
                assertTrue(acceptable.contains(kept), ack.getKey() + ": the last acknowledged answer (or one sent after it)"
                        + " is kept, not " + kept + "; acceptable " + acceptable);
                found++;
            }
        }
        assertEquals(0, duplicated, "no answer is stored twice");
        RESULTS.put("answers", String.format("answers acknowledged=%d (last of %d questions), found=%d, duplicated=%d",
                acknowledged, lastAcked.size(), found, duplicated));
    }

    /** One open questionnaire page, saving answers as the page's script does (one ajax request per answer). */
    private record Autosave(PortalHttp http, String page, PortalHttp.AjaxCall call, String viewState, AtomicInteger tokens) {

        static Autosave open(PortalHttp http, String page) throws IOException {
            PortalHttp.Reply reply = http.get(page);
            if (reply.status() != 200) {
                throw new IOException("the questionnaire answered " + reply.status());
            }
            return new Autosave(http, page, PortalHttp.callOf(reply.body(), "portalSurveySave"),
                    PortalHttp.viewState(reply.body()), new AtomicInteger());
        }

        /** Whether the server acknowledged this answer by naming its token back. */
        boolean save(String code, String value) throws IOException {
            String token = code + "." + value + "." + tokens.incrementAndGet();
            PortalHttp.Reply reply = send(code, value, token);
            String body = PortalHttp.unescaped(reply.body());
            return reply.status() == 200 && body.contains("\"savedToken\":\"" + token + "\"") && body.contains("\"savedOk\":true");
        }

        PortalHttp.Reply send(String code, String value, String token) throws IOException {
            return http.ajax(page, call, viewState, Map.of("code", code, "values", "[\"" + value + "\"]", "other", "",
                    "token", token, "base", "0", "replay", "false"));
        }
    }

    /** Last: Keycloak's development server keeps its data in the same MariaDB and does not survive its restart. */
    @Test
    @Order(4)
    void theRunningPortalRecoversWhenMariaDbRestarts(Browser browser) throws Exception {
        browser.signIn("brezice.admin");
        assertEquals(200, status("/health/ready"));
        stack.stopDatabase();
        awaitOrFail("the portal to notice the database is away", Duration.ofSeconds(30), () -> status("/health/ready") == 503);
        long restarted = System.nanoTime();
        stack.startDatabase();
        awaitOrFail("the portal to use the database again", Duration.ofSeconds(120), () -> status("/health/ready") == 200);
        double seconds = (System.nanoTime() - restarted) / 1e9;
        // the same session goes on, reading and writing, with no portal restart
        browser.open("/academy/training?id=" + fixtures.training);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Usposabljanje pod obremenitvijo"));
        PortalHttp admin = PortalHttp.of(browser);
        assertTrue(Autosave.open(admin, "/surveys/answer?id=" + fixtures.questionnaire).save(FaultFixtures.code(1), "po-ponovnem-zagonu"),
                "an answer is saved after the database came back");
        RESULTS.put("database", String.format("db restart recovered in %.1fs (no portal restart)", seconds));
    }

    @Test
    @Order(3)
    void whileKeycloakIsAwaySignedInPeopleKeepWorkingAndANewSignInIsToldWhy(Browser browser) throws Exception {
        browser.signIn("brezice.admin");
        stack.stopKeycloak();
        long stopped = System.nanoTime();
        try {
            browser.open("/academy/training?id=" + fixtures.training);
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Usposabljanje pod obremenitvijo"));
            browser.open("/surveys");
            browser.find(By.id("content"));
            assertTrue(Autosave.open(PortalHttp.of(browser), "/surveys/answer?id=" + fixtures.questionnaire)
                    .save(FaultFixtures.code(2), "brez-keycloaka"), "a signed-in user's ajax save works while Keycloak is away");
            // the portal remembers Keycloak's last answer for five seconds
            Thread.sleep(Math.max(0, Duration.ofSeconds(6).toMillis() - (System.nanoTime() - stopped) / 1_000_000));
            Browser newcomer = browser.another();
            newcomer.open("/");
            newcomer.waitUntil(ExpectedConditions.urlContains("/public/signin-unavailable"));
            newcomer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("status-signin-unavailable"),
                    "Prijava trenutno ni mogoča"));
            assertTrue(!newcomer.text().contains("Exception"), "no stack trace");
            assertEquals(503, status("/public/signin-unavailable"), "the page says 503 to a monitor too");
        } finally {
            stack.startKeycloak();
        }
        Browser later = browser.another();
        later.signIn("celje.admin");
        RESULTS.put("keycloak", "keycloak down: signed-in ok (pages and an ajax save), new login page ok, sign-in again after it returned");
    }

    private static int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.settings().baseUrl() + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitOrFail(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + timeout.toSeconds() + " s for " + what + "; see " + stack.portalLog());
            }
            Thread.sleep(200);
        }
    }
}

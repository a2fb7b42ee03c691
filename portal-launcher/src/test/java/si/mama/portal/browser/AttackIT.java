package si.mama.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.launcher.TestStack;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attack suite: every role (signed in once through the real Keycloak login, then driven by an HTTP client)
 * probes every page and action that takes an id with other centres' records, sends a fixed sample of hostile values
 * into the forms ({@code portal.attack.inputs}, 1,000 here and 10,000 with {@code -Pattack}), posts back without a
 * valid view state, and reads the security headers of every kind of response. It prints its counts as its last lines.
 */
@ExtendWith(Browser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackIT {

    static final List<String> ROLES = List.of("office.admin", "office.steward", "brezice.admin", "brezice.staff",
            "celje.admin", "nocentre.user");

    private static final AttackLedger LEDGER = new AttackLedger();
    private static final Map<String, PortalSession> SESSIONS = new LinkedHashMap<>();
    private static ScheduledExecutorService keepAlive;
    private static AttackFixtures fixtures;

    @Test
    @Order(1)
    void noRoleReadsAnotherCentresRecordsById(Browser browser) throws SQLException {
        attack(browser, AttackLedger.PROBES, db -> new IdProbes(callers(browser), db, LEDGER).run());
    }

    @Test
    @Order(2)
    void actionsWithAnotherCentresIdsChangeNothing(Browser browser) throws SQLException {
        attack(browser, AttackLedger.PROBES, db -> new ActionProbes(SESSIONS, db, LEDGER).run());
    }

    @Test
    @Order(3)
    void hostileInputNeverBreaksAPageNorComesBackAsMarkup(Browser browser) throws SQLException {
        attack(browser, AttackLedger.INPUTS, db -> new InputAttack(SESSIONS, LEDGER, 20261126L).run(
                Integer.getInteger("portal.attack.inputs", 1000), AttackTargets.queryParameters(), AttackTargets.forms(db)));
    }

    @Test
    @Order(4)
    void aPostbackWithoutItsUsersViewStateChangesNothing(Browser browser) throws SQLException {
        attack(browser, AttackLedger.CSRF, db -> new CsrfProbes(SESSIONS, db, LEDGER).run());
    }

    @Test
    @Order(5)
    void everyKindOfResponseCarriesTheSecurityHeaders(Browser browser) throws SQLException {
        attack(browser, AttackLedger.HEADERS, db -> new HeaderChecks(SESSIONS, db, LEDGER).run());
    }

    /** One part of the suite, run with every role signed in; it passes when the part recorded no failure. */
    private static void attack(Browser browser, String part, Part run) throws SQLException {
        callers(browser);
        run.run(fixtures());
        assertTrue(LEDGER.failures(part).isEmpty(), LEDGER.describe(part));
    }

    @FunctionalInterface
    private interface Part {
        void run(AttackFixtures db) throws SQLException;
    }

    /** The suite's counts, as its last lines, and the fixtures removed. */
    @AfterAll
    static void printCountsAndCleanUp() throws SQLException {
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        try {
            if (fixtures != null) {
                fixtures.close();
            }
        } finally {
            LEDGER.write(java.nio.file.Path.of(System.getProperty("portal.test.output", "target/browser"), "attack-failures.txt"));
            LEDGER.summary().forEach(System.out::println);
        }
    }

    static AttackFixtures fixtures() throws SQLException {
        if (fixtures == null) {
            fixtures = new AttackFixtures(TestStack.portalDatabase()
                    .orElseThrow(() -> new IllegalStateException("the attack suite needs the portal's database"
                            + " (against a running portal: -Dportal.test.db-url=jdbc:mariadb://127.0.0.1:3307/portal)")));
        }
        return fixtures;
    }

    /**
     * Every role's session, signed in with this test's browser the first time; a background request every 30 s keeps
     * them from idling out (the test stack ends a session after 90 idle seconds).
     */
    static List<IdProbes.Caller> callers(Browser browser) throws SQLException {
        if (SESSIONS.isEmpty()) {
            for (String role : ROLES) {
                SESSIONS.put(role, PortalSession.signIn(browser, role));
            }
            SESSIONS.put("signed-out", PortalSession.signedOut(browser.baseUrl()));
            keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "attack-keep-alive");
                thread.setDaemon(true);
                return thread;
            });
            keepAlive.scheduleWithFixedDelay(() -> SESSIONS.values().stream().filter(PortalSession::signedIn)
                    .forEach(session -> session.get("/")), 30, 30, TimeUnit.SECONDS);
        }
        AttackFixtures db = fixtures();
        List<IdProbes.Caller> callers = new ArrayList<>();
        for (Map.Entry<String, PortalSession> entry : SESSIONS.entrySet()) {
            String role = entry.getKey();
            IdProbes.Kind kind = IdProbes.kinds().get(role);
            long centre = role.startsWith("brezice") ? db.brezice : role.startsWith("celje") ? db.celje : -1;
            callers.add(new IdProbes.Caller(entry.getValue(), kind, centre, role.endsWith(".admin")));
        }
        return callers;
    }
}

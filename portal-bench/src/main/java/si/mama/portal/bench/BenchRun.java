package si.mama.portal.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a Gatling simulation of this run needs to know (Gatling creates the simulation itself, in this JVM): the
 * portal's address, who signs in, which pages, how long each window lasts, and where the measurements go.
 */
record BenchRun(String baseUrl, List<Account> pageUsers, List<Page> pages, Duration warmUp, Duration pageWindow,
                Timings timings, StatementLog statements, String sizeLabel, Rush rush) {

    static final String STATIC_FILE = "/resources/portal/portal.js";
    static final String STATIC_LABEL = "static file";

    private static volatile BenchRun current;

    static BenchRun current() {
        return current;
    }

    static void use(BenchRun run) {
        current = run;
    }

    /** A bench account in Keycloak; {@code office} ones see the office pages, the others a centre's. */
    record Account(String username, String password, boolean office) {

        Map<String, Object> feed() {
            return Map.of("username", username, "password", password, "office", office);
        }
    }

    /** A page the benchmark measures, and which kind of account opens it. */
    record Page(String label, String path, boolean office) {
    }

    /** The registration rush: a 30-seat training and who registers whom. */
    record Rush(long trainingId, List<Attempt> attempts, RushClock clock) {
    }

    record Attempt(Account admin, long personId) {

        Map<String, Object> feed() {
            return Map.of("username", admin.username(), "password", admin.password(), "personId", personId);
        }
    }
}

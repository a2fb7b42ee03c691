package si.mama.portal.launcher;

import java.nio.file.Path;

/**
 * The whole stack for the browser tests: the same code as the run command, on free ports, with a fresh
 * data folder under {@code target/}. Started once per test JVM and stopped when the tests end.
 */
public final class TestStack {

    /**
     * Sessions end after a minute and a half of idling, so SurveyAnsweringJourneyIT can let one end; no other browser
     * test idles that long (the longest wait, for a mail from the outbox, gives up after a minute), nor as long as the
     * 81 s after which an idle page shows its "session ended" dialog.
     */
    public static final int SESSION_TIMEOUT_SECONDS = 90;

    private static Stack stack;
    private static StartupFailure failed;

    private TestStack() {
    }

    /**
     * Makes {@code own} the stack the browser helpers ({@code Browser}) use, instead of starting the shared one: for a
     * suite that starts, kills and restarts the parts itself (the fault and cluster suites); it closes its own stack.
     */
    static synchronized void use(Stack own) {
        stack = own;
    }

    public static synchronized Settings start() {
        if (stack != null) {
            return stack.settings();
        }
        if (failed != null) {
            throw failed; // one failed start is enough: every later test fails at once
        }
        String external = System.getProperty("portal.test.base-url");
        if (external != null && !external.isBlank()) {
            // a stack that is already running (e.g. ./mvnw -Prun), for a quick local re-run of the browser tests
            return new Settings(Path.of("data"), Path.of("target/stack"), false, 0, 0, 0, "", "", "", "", "", "", "",
                    external, "", true, "127.0.0.1", 0, 0,
                    Integer.getInteger("portal.session.timeout-seconds", 1800), "");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path output = Path.of(System.getProperty("portal.test.output", "target/browser"));
        int http = Ports.free();
        Settings settings = new Settings(
                output.resolve("data").toAbsolutePath(),
                Path.of(System.getProperty("portal.stack.dir", "target/stack")).toAbsolutePath(),
                true, http, Ports.free(), Ports.free(),
                "portal", "portal-test", "keycloak", "keycloak-test", "admin", "admin-test",
                "browser-test-secret", "http://localhost:" + http, "768m", true, "127.0.0.1", Ports.free(), Ports.free(),
                SESSION_TIMEOUT_SECONDS, "accounts-test-secret");
        Stack started = new Stack(settings, line -> System.out.println("[stack] " + line));
        // normally stopped by stop() when the test plan ends; the hook covers an aborted run
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-stack-shutdown"));
        try {
            started.start();
        } catch (RuntimeException e) {
            started.close();
            failed = e instanceof StartupFailure failure ? failure : new StartupFailure("The test stack did not start", e);
            throw failed;
        }
        stack = started;
        return settings;
    }

    /**
     * The mail catcher of the stack these tests started, to read what the portal sent; empty against an external
     * portal ({@code portal.test.base-url}), whose catcher this JVM cannot read.
     */
    public static synchronized java.util.Optional<MailCatcher> mailCatcher() {
        return stack == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(stack.mailCatcher());
    }

    /**
     * A connection to the portal's database of the stack these tests started, for a test that needs rows no page
     * makes (a mail the outbox gave up on); against an external portal ({@code portal.test.base-url}) the one named by
     * {@code portal.test.db-url} (user and password {@code portal.test.db-user} / {@code -password}, default
     * {@code portal}), else empty.
     */
    public static synchronized java.util.Optional<java.sql.Connection> portalDatabase() throws java.sql.SQLException {
        if (stack == null) {
            String url = System.getProperty("portal.test.db-url", "");
            return url.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(java.sql.DriverManager.getConnection(url,
                    System.getProperty("portal.test.db-user", "portal"), System.getProperty("portal.test.db-password", "portal")));
        }
        Settings settings = stack.settings();
        return java.util.Optional.of(java.sql.DriverManager.getConnection(settings.portalDbUrl(), settings.dbUser(),
                settings.dbPassword()));
    }

    /** Removes a folder a test made (e.g. a browser profile); a leftover is not worth failing a test for. */
    public static void deleteQuietly(Path folder) {
        try {
            Stack.deleteRecursively(folder);
        } catch (StartupFailure ignored) {
            // best effort
        }
    }

    public static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}

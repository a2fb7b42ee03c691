package si.mama.portal.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A stack of its own for the fault suite (never the shared one of the browser tests): the same parts as the run
 * command, on free ports, with a fresh data folder, whose portal, database and Keycloak the suite kills, stops and
 * starts again under each other. The browser helpers use it while it runs.
 */
public final class FaultStack implements AutoCloseable {

    private final Stack stack;

    private FaultStack(Stack stack) {
        this.stack = stack;
    }

    /** Starts everything in {@code <test output>/<name>}; sessions last half an hour (no test waits for one to end). */
    public static FaultStack start(String name) {
        Settings settings = settings(name, "768m");
        Stack stack = new Stack(settings, line -> System.out.println("[" + name + "] " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, name + "-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        TestStack.use(stack);
        return new FaultStack(stack);
    }

    /**
     * The settings of a suite's own stack: free ports (the portal's address on {@code http}), a fresh data folder
     * {@code <test output>/<name>}, sessions of half an hour (no test waits for one to end), demo data.
     */
    static Settings settings(String name, String heap) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path output = Path.of(System.getProperty("portal.test.output", "target/browser"));
        int http = Ports.free();
        return new Settings(output.resolve(name).toAbsolutePath(),
                Path.of(System.getProperty("portal.stack.dir", "target/stack")).toAbsolutePath(),
                true, http, Ports.free(), Ports.free(),
                "portal", "portal-test", "keycloak", "keycloak-test", "admin", "admin-test",
                name + "-test-secret", "http://localhost:" + http, heap, true, "127.0.0.1", Ports.free(), Ports.free(),
                1800, "accounts-test-secret");
    }

    public Settings settings() {
        return stack.settings();
    }

    /** SIGKILL to Payara Micro: no shutdown, no flush, whatever was in flight is cut. */
    public void killPortal() {
        stack.portal().kill();
    }

    /** Starts Payara Micro again on the same database and port, and waits until it is ready. */
    public void startPortal() {
        stack.portal().start();
    }

    public void stopDatabase() {
        stack.database().close();
    }

    public void startDatabase() {
        stack.database().start();
    }

    public void stopKeycloak() {
        stack.keycloak().close();
    }

    public void startKeycloak() {
        stack.keycloak().start();
    }

    /** A connection to the portal's database, as the portal's own account. */
    public Connection database() throws SQLException {
        Settings settings = stack.settings();
        return DriverManager.getConnection(settings.portalDbUrl(), settings.dbUser(), settings.dbPassword());
    }

    /** The portal's log, to show in a failure. */
    public Path portalLog() {
        return stack.portal().log();
    }

    @Override
    public void close() {
        TestStack.use(null);
        stack.close();
    }
}

package si.mama.portal.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the portal needs on one machine, started in order with readiness waits: MariaDB, Keycloak, a mail
 * catcher, Payara Micro with the portal. Used by the run command and, on other ports, by the browser tests.
 */
public final class Stack implements AutoCloseable {

    private final Settings settings;
    private final Consumer<String> progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private MailCatcher mailCatcher;
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private PortalServer portal;
    private Duration keycloakOwnStart;
    private Duration portalStart;

    public Stack(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Settings settings() {
        return settings;
    }

    /** The mail catcher that receives every mail the portal sends (once started). */
    public MailCatcher mailCatcher() {
        return mailCatcher;
    }

    /** The database, for a test that stops and starts it under the running portal. */
    EmbeddedDatabase database() {
        return database;
    }

    /** Keycloak, for a test that stops and starts it under the running portal. */
    KeycloakServer keycloak() {
        return keycloak;
    }

    /** The portal's Payara Micro (none when only the services were started), for a test that kills it. */
    PortalServer portal() {
        return portal;
    }

    public void start() {
        long begin = System.nanoTime();
        startServices();
        PortalServer server = new PortalServer(settings);
        progress.accept("Starting the portal on port " + settings.httpPort() + " (log: " + server.log() + ")");
        started.push(server);
        portal = server;
        long portalBegin = System.nanoTime();
        server.start();
        portalStart = Duration.ofNanos(System.nanoTime() - portalBegin);
        progress.accept(String.format("All parts ready in %d s", (System.nanoTime() - begin) / 1_000_000_000L));
    }

    /** MariaDB, Keycloak and the mail catcher: everything but the portal (a test may run several nodes of it). */
    void startServices() {
        if (settings.reset()) {
            progress.accept("Resetting: deleting " + settings.dataDir());
            deleteRecursively(settings.dataDir());
        }
        // all ports first, so a taken one is reported before anything starts
        Ports.requireFree(settings.dbPort(), "MariaDB", "portal.db.port");
        Ports.requireFree(settings.keycloakPort(), "Keycloak", "portal.keycloak.port");
        Ports.requireFree(settings.mailPort(), "the mail catcher (SMTP)", "portal.mail.port");
        Ports.requireFree(settings.mailWebPort(), "the mail catcher's web page", "portal.mail.web-port");
        Ports.requireFree(settings.httpPort(), "the portal (Payara Micro)", "portal.http.port");
        database = new EmbeddedDatabase(settings);
        progress.accept("Starting MariaDB on port " + settings.dbPort() + " (data in " + settings.dataDir().resolve("mariadb") + ")");
        started.push(database);
        database.start();

        keycloak = new KeycloakServer(settings);
        progress.accept("Starting Keycloak on port " + settings.keycloakPort() + " (log: " + settings.logDir().resolve("keycloak.log") + ")");
        started.push(keycloak);
        keycloak.start();
        keycloakOwnStart = keycloak.ownStart();

        MailCatcher catcher = new MailCatcher(settings);
        progress.accept("Starting the mail catcher: SMTP on port " + settings.mailPort() + ", inbox at "
                + settings.mailWebUrl());
        started.push(catcher);
        catcher.start();
        mailCatcher = catcher;
    }

    /** Keycloak's own start time: from its process start until its realm's well-known endpoint answered. */
    public Duration keycloakStartTime() {
        return keycloakOwnStart;
    }

    /** The portal's start time: from Payara Micro's process start until {@code /health/ready} answered 200. */
    public Duration portalStartTime() {
        return portalStart;
    }

    /** The portal's server process (Payara Micro), e.g. for a benchmark that reads its heap. */
    public Optional<ProcessHandle> portalProcess() {
        return portal == null ? Optional.empty() : portal.handle();
    }

    /** Runs SQL statements in MariaDB as its administrator (e.g. a benchmark's own account). */
    public void runAsDatabaseAdministrator(String sql) {
        if (database == null) {
            throw new IllegalStateException("MariaDB is not started");
        }
        database.runAsAdministrator(sql);
    }

    /** Stops what was started, newest first. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StartupFailure("Could not delete " + root + ": " + e.getMessage(), e);
        }
    }
}

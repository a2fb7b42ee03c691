package si.mama.portal.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
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
        server.start();
        portal = server;
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

        MailCatcher catcher = new MailCatcher(settings);
        progress.accept("Starting the mail catcher: SMTP on port " + settings.mailPort() + ", inbox at "
                + settings.mailWebUrl());
        started.push(catcher);
        catcher.start();
        mailCatcher = catcher;
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

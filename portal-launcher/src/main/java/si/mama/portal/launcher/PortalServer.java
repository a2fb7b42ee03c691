package si.mama.portal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payara Micro with the portal WAR at the root context, configured through MicroProfile Config system properties. */
final class PortalServer implements AutoCloseable {

    private final Settings settings;
    private final ServerProcess process;

    PortalServer(Settings settings) {
        this.settings = settings;
        this.process = new ServerProcess("Payara Micro", settings.logDir().resolve("portal.log"));
    }

    void start() {
        Ports.requireFree(settings.httpPort(), "the portal (Payara Micro)", "portal.http.port");
        Path micro = settings.stackDir().resolve("payara-micro.jar");
        Path war = settings.stackDir().resolve("portal.war");
        for (Path required : List.of(micro, war)) {
            if (!Files.isRegularFile(required)) {
                throw new StartupFailure(required + " is missing: run the README's run command from the project folder"
                        + " (it builds the WAR and fetches Payara Micro first).");
            }
        }
        Path preboot = settings.stackDir().resolve("payara-preboot.txt");
        try {
            // only loopback, and no Hazelcast cluster: one local node needs neither an open port nor a member search
            Files.writeString(preboot, String.join(System.lineSeparator(),
                    "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                            + settings.httpHost(),
                    "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false", ""));
        } catch (java.io.IOException e) {
            throw new StartupFailure("Cannot write " + preboot + ": " + e.getMessage(), e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + settings.portalHeap(),
                "-Dportal.db.url=" + settings.portalDbUrl(),
                "-Dportal.db.user=" + settings.dbUser(),
                "-Dportal.db.password=" + settings.dbPassword(),
                "-Dportal.base-url=" + settings.baseUrl(),
                "-Dportal.oidc.provider-uri=" + settings.providerUri(),
                "-Dportal.oidc.client-secret=" + settings.clientSecret(),
                "-Dportal.keycloak.accounts-secret=" + settings.accountsSecret(),
                "-Dportal.demo-data.location=" + demoDataLocation(),
                "-Dportal.mail.host=127.0.0.1",
                "-Dportal.mail.port=" + settings.mailPort(),
                "-Dportal.session.timeout-seconds=" + settings.sessionTimeoutSeconds(),
                "-jar", micro.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--nocluster",
                "--prebootcommandfile", preboot.toString()));
        process.start(command, settings.stackDir(), Map.of());
        String ready = "http://localhost:" + settings.httpPort() + "/health/ready";
        Http.await("The portal", Duration.ofSeconds(300), () -> Http.status(ready) == 200, process::isAlive,
                "see " + process.log() + ":\n" + process.tail(20));
    }

    /** The demo data set (a Flyway location outside the WAR), or nothing when demo data is off. */
    private String demoDataLocation() {
        Path demo = settings.stackDir().resolve("demo-data");
        if (!settings.demoData()) {
            return "";
        }
        if (!Files.isDirectory(demo)) {
            throw new StartupFailure(demo + " is missing: run the README's run command from the project folder.");
        }
        return "filesystem:" + demo;
    }

    Optional<ProcessHandle> handle() {
        return process.handle();
    }

    @Override
    public void close() {
        process.close();
    }
}

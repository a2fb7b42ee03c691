package si.mama.portal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payara Micro with the portal WAR at the root context, configured through MicroProfile Config system properties.
 * One node of the run command (no cluster), or one of several nodes of a Hazelcast cluster that share the web
 * sessions ({@link Cluster}).
 */
final class PortalServer implements AutoCloseable {

    /**
     * A Payara Micro cluster on this machine: the nodes find each other over TCP on loopback (no multicast, so no
     * other Payara on the machine joins), under a cluster name of their own.
     *
     * @param name       the Hazelcast cluster name; nodes with another name never join
     * @param dataGridPorts each node's Data Grid port, in node order: every node is told all of them
     */
    record Cluster(String name, List<Integer> dataGridPorts) {

        String members() {
            return String.join(",", dataGridPorts.stream().map(port -> "127.0.0.1:" + port).toList());
        }
    }

    private final Settings settings;
    private final String node;
    private final int httpPort;
    private final Cluster cluster;
    private final int dataGridPort;
    private final ServerProcess process;

    /** The run command's single node, on {@code portal.http.port}. */
    PortalServer(Settings settings) {
        this(settings, "portal", settings.httpPort(), null, 0);
    }

    /** A named node on its own HTTP port; in {@code cluster} (with its Data Grid port) or alone when it is null. */
    PortalServer(Settings settings, String node, int httpPort, Cluster cluster, int dataGridPort) {
        this.settings = settings;
        this.node = node;
        this.httpPort = httpPort;
        this.cluster = cluster;
        this.dataGridPort = dataGridPort;
        this.process = new ServerProcess("Payara Micro (" + node + ")", settings.logDir().resolve(node + ".log"));
    }

    String node() {
        return node;
    }

    int httpPort() {
        return httpPort;
    }

    void start() {
        Ports.requireFree(httpPort, "the portal (Payara Micro)", "portal.http.port");
        Path micro = settings.stackDir().resolve("payara-micro.jar");
        Path war = settings.stackDir().resolve("portal.war");
        for (Path required : List.of(micro, war)) {
            if (!Files.isRegularFile(required)) {
                throw new StartupFailure(required + " is missing: run the README's run command from the project folder"
                        + " (it builds the WAR and fetches Payara Micro first).");
            }
        }
        Path preboot = settings.stackDir().resolve("payara-preboot-" + node + ".txt");
        List<String> commands = new ArrayList<>(List.of(
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                        + settings.httpHost()));
        if (cluster == null) {
            // no Hazelcast cluster: one local node needs neither an open port nor a member search; and so no session
            // store in the Data Grid either, though the WAR is distributable (else every request fails to load its
            // session from a store that is not there: "Hazelcast is not enabled")
            commands.add("set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");
            commands.add("set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false");
        } else {
            // the whole session is written to the Data Grid after every request, not only when an attribute was set:
            // a Faces view or a session bean changed in place is replicated too
            commands.add("set configs.config.server-config.availability-service.web-container-availability.persistence-scope=session");
        }
        // the session cookie SameSite=Lax (Payara does not apply web.xml's cookie-config attribute), so another site's
        // form never carries it
        String http = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
        commands.add(http + "cookie-same-site-enabled=true");
        commands.add(http + "cookie-same-site-value=Lax");
        try {
            Files.writeString(preboot, String.join(System.lineSeparator(), commands) + System.lineSeparator());
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
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", preboot.toString()));
        if (cluster == null) {
            command.add("--nocluster");
        } else {
            command.add(1, "-Dportal.node=" + node); // the X-Portal-Node header: which node answered
            command.addAll(List.of("--name", node, "--clustername", cluster.name(),
                    "--clustermode", "tcpip:" + cluster.members(), "--interfaces", "127.0.0.1",
                    "--hzpublicaddress", "127.0.0.1", "--startport", Integer.toString(dataGridPort), "--nohostaware"));
        }
        process.start(command, settings.stackDir(), Map.of());
        String ready = "http://localhost:" + httpPort + "/health/ready";
        Http.await("The portal (" + node + ")", Duration.ofSeconds(600), () -> Http.status(ready) == 200, process::isAlive,
                "see " + process.log() + ":\n" + process.tail(20));
    }

    /** Ends this node at once (SIGKILL): what a crash, a power cut or the OOM killer does. */
    void kill() {
        process.kill();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return process.log();
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

package si.mama.portal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Two Payara Micro nodes of the portal in one Hazelcast cluster, behind Debian's nginx, on a stack of their own (the
 * two-node suite): MariaDB, Keycloak and the mail catcher as usual, then {@code node-1} and {@code node-2} on free
 * ports, then nginx on a free port with its own configuration under the data folder. The portal's address, and so
 * Keycloak's redirect addresses, is nginx's.
 */
public final class ClusterStack implements AutoCloseable {

    private final Stack stack;
    private final List<PortalServer> nodes = new ArrayList<>();
    private final ServerProcess nginx;
    private final Path nginxDir;

    private ClusterStack(Stack stack) {
        this.stack = stack;
        this.nginxDir = stack.settings().dataDir().resolve("nginx");
        this.nginx = new ServerProcess("nginx", stack.settings().logDir().resolve("nginx.log"));
    }

    public static ClusterStack start(String name) {
        // the portal's port and address are nginx's
        Settings settings = FaultStack.settings(name, "640m");
        ClusterStack cluster = new ClusterStack(new Stack(settings, line -> System.out.println("[" + name + "] " + line)));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, name + "-shutdown"));
        try {
            cluster.stack.startServices();
            cluster.startNodes();
            cluster.startNginx();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        TestStack.use(cluster.stack);
        return cluster;
    }

    private void startNodes() {
        List<Integer> dataGrid = List.of(Ports.free(), Ports.free());
        PortalServer.Cluster cluster = new PortalServer.Cluster("mama-" + UUID.randomUUID(), dataGrid);
        for (int i = 0; i < dataGrid.size(); i++) {
            nodes.add(new PortalServer(stack.settings(), "node-" + (i + 1), Ports.free(), cluster, dataGrid.get(i)));
        }
        // both at once: each waits for its own readiness, and the second finds the first over the Data Grid
        CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::start))
                .toArray(CompletableFuture[]::new)).join();
    }

    private void startNginx() {
        try {
            Files.createDirectories(nginxDir.resolve("temp"));
            Path config = nginxDir.resolve("nginx.conf");
            Files.writeString(config, nginxConfig());
            nginx.start(List.of(System.getProperty("portal.nginx", "/usr/sbin/nginx"), "-p", nginxDir.toString(),
                    "-c", config.toString(), "-g", "daemon off;"), nginxDir, Map.of());
        } catch (IOException e) {
            throw new StartupFailure("Cannot write nginx's configuration into " + nginxDir + ": " + e.getMessage(), e);
        }
        String ready = stack.settings().baseUrl() + "/health/ready";
        Http.await("nginx", Duration.ofSeconds(30), () -> Http.status(ready) == 200, nginx::isAlive,
                "see " + nginx.log() + ":\n" + nginx.tail(20));
    }

    /**
     * One upstream of both nodes. {@code ip_hash} keeps a browser on one node while it lives (every request of this
     * machine comes from 127.0.0.1, so all go to the same node); a node that refuses the connection is skipped, and the
     * request, a postback too (it never reached the dead node), goes to the other.
     */
    private String nginxConfig() {
        StringBuilder servers = new StringBuilder();
        for (PortalServer node : nodes) {
            servers.append("        server 127.0.0.1:").append(node.httpPort()).append(" max_fails=1 fail_timeout=60s;\n");
        }
        Path temp = nginxDir.resolve("temp");
        return String.join("\n",
                "user root;",
                "worker_processes 1;",
                "pid " + nginxDir.resolve("nginx.pid") + ";",
                "error_log " + nginxDir.resolve("error.log") + " warn;",
                "events { worker_connections 512; }",
                "http {",
                "    access_log " + nginxDir.resolve("access.log") + ";",
                "    client_body_temp_path " + temp.resolve("body") + ";",
                "    proxy_temp_path " + temp.resolve("proxy") + ";",
                "    fastcgi_temp_path " + temp.resolve("fastcgi") + ";",
                "    uwsgi_temp_path " + temp.resolve("uwsgi") + ";",
                "    scgi_temp_path " + temp.resolve("scgi") + ";",
                "    client_max_body_size 12m;",
                "    upstream portal {",
                "        ip_hash;",
                servers.toString(),
                "    }",
                "    server {",
                "        listen 127.0.0.1:" + stack.settings().httpPort() + ";",
                "        location / {",
                "            proxy_pass http://portal;",
                "            proxy_set_header Host $http_host;",
                "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "            proxy_set_header X-Forwarded-Proto $scheme;",
                "            proxy_connect_timeout 2s;",
                "            proxy_read_timeout 120s;",
                "            proxy_next_upstream error timeout http_502;",
                "        }",
                "    }",
                "}", "");
    }

    public Settings settings() {
        return stack.settings();
    }

    /** The nodes' names, in order. */
    public List<String> nodes() {
        return nodes.stream().map(PortalServer::node).toList();
    }

    /** SIGKILL to one node. */
    public void kill(String node) {
        nodes.stream().filter(n -> n.node().equals(node)).findFirst().orElseThrow().kill();
    }

    public boolean isAlive(String node) {
        return nodes.stream().filter(n -> n.node().equals(node)).findFirst().orElseThrow().isAlive();
    }

    /** The nodes' logs, to look for sessions that could not be written to the Data Grid. */
    public List<Path> nodeLogs() {
        return nodes.stream().map(PortalServer::log).toList();
    }

    public java.sql.Connection database() throws java.sql.SQLException {
        Settings settings = stack.settings();
        return java.sql.DriverManager.getConnection(settings.portalDbUrl(), settings.dbUser(), settings.dbPassword());
    }

    @Override
    public void close() {
        TestStack.use(null);
        nginx.close();
        for (PortalServer node : nodes) {
            node.close();
        }
        stack.close();
    }
}

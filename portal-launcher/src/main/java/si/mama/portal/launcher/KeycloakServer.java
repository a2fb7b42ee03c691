package si.mama.portal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keycloak from Maven Central's {@code keycloak-quarkus-dist}, in dev mode on its own port, keeping its data
 * in its own database of the embedded MariaDB. The realm of {@code realm-config} is imported on the first
 * start and brought up to date on every later one by {@link RealmSync}.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM_RESOURCE = "/realm/mama-realm.json";

    private final Settings settings;
    private final ServerProcess process;
    private Duration ownStart;

    KeycloakServer(Settings settings) {
        this.settings = settings;
        this.process = new ServerProcess("Keycloak", settings.logDir().resolve("keycloak.log"));
    }

    void start() {
        Ports.requireFree(settings.keycloakPort(), "Keycloak", "portal.keycloak.port");
        Path home = keycloakHome();
        String realm = realmJson(settings);
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve("mama-realm.json"), realm);
        } catch (IOException e) {
            throw new StartupFailure("Cannot write the realm for Keycloak into " + home + ": " + e.getMessage(), e);
        }
        process.start(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-host=" + settings.httpHost(),
                        "--http-port=" + settings.keycloakPort(),
                        "--import-realm",
                        "--db=mariadb",
                        "--db-url=" + settings.keycloakDbUrl(),
                        "--db-username=" + settings.keycloakDbUser(),
                        "--db-password=" + settings.keycloakDbPassword(),
                        "--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO"),
                home,
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", settings.keycloakAdminUser(),
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.keycloakAdminPassword(),
                        "JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m -Xmx768m"));
        long begin = System.nanoTime();
        String wellKnown = settings.providerUri() + "/.well-known/openid-configuration";
        Http.await("Keycloak", Duration.ofSeconds(240), () -> Http.status(wellKnown) == 200, process::isAlive,
                "see " + process.log() + ":\n" + process.tail(15));
        ownStart = Duration.ofNanos(System.nanoTime() - begin);
        new RealmSync(settings, realm).apply();
    }

    /** Keycloak's own start: from its process start until its realm's well-known endpoint answered. */
    Duration ownStart() {
        return ownStart;
    }

    private Path keycloakHome() {
        try (var children = Files.list(settings.stackDir())) {
            return children.filter(path -> path.getFileName().toString().startsWith("keycloak-")
                            && Files.exists(path.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new StartupFailure("Keycloak is not unpacked in " + settings.stackDir()
                            + ": run the README's run command from the project folder (it unpacks Keycloak first)."));
        } catch (IOException e) {
            throw new StartupFailure("Cannot read " + settings.stackDir() + ": " + e.getMessage(), e);
        }
    }

    /** The realm file with this run's base URL, client secrets and mail server filled in. */
    static String realmJson(Settings settings) {
        try (InputStream in = Objects.requireNonNull(KeycloakServer.class.getResourceAsStream(REALM_RESOURCE),
                "realm-config is not on the class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${PORTAL_BASE_URL}", settings.baseUrl())
                    .replace("${PORTAL_OIDC_CLIENT_SECRET}", settings.clientSecret())
                    .replace("${PORTAL_ACCOUNTS_CLIENT_SECRET}", settings.accountsSecret())
                    // Keycloak's own mails (set a password) go where the portal's go: the mail catcher when run here
                    .replace("${PORTAL_SMTP_HOST}", "127.0.0.1")
                    .replace("${PORTAL_SMTP_PORT}", Integer.toString(settings.mailPort()))
                    .replace("${PORTAL_SMTP_FROM}", "portal@mreza-mama.si");
        } catch (IOException e) {
            throw new StartupFailure("Cannot read the realm from realm-config: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}

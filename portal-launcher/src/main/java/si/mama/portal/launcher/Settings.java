package si.mama.portal.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings. Each key is read from a system property ({@code -Dportal.http.port=9090}) or else
 * from the environment variable of the same name in upper case with dots and dashes as underscores
 * ({@code PORTAL_HTTP_PORT=9090}), else the default that runs everything on this machine.
 */
public record Settings(Path dataDir, Path stackDir, boolean reset, int httpPort, int dbPort, int keycloakPort,
                       String dbUser, String dbPassword, String keycloakDbUser, String keycloakDbPassword,
                       String keycloakAdminUser, String keycloakAdminPassword, String clientSecret,
                       String baseUrl, String portalHeap, boolean demoData, String httpHost, int mailPort,
                       int mailWebPort, int sessionTimeoutSeconds, String accountsSecret) {

    public static final String REALM = "mama";

    public static Settings fromEnvironment() {
        return from(System.getenv(), key -> Optional.ofNullable(System.getProperty(key)));
    }

    interface Properties {
        Optional<String> get(String key);
    }

    static Settings from(Map<String, String> env, Properties properties) {
        Reader read = new Reader(env, properties);
        int httpPort = read.integer("portal.http.port", 8080);
        Path stack = Path.of(read.text("portal.stack.dir", "portal-launcher/target/stack"));
        return new Settings(
                Path.of(read.text("portal.data.dir", "data")).toAbsolutePath(),
                stack.toAbsolutePath(),
                read.bool("portal.reset", false),
                httpPort,
                read.integer("portal.db.port", 3307),
                read.integer("portal.keycloak.port", 8180),
                read.text("portal.db.user", "portal"),
                read.text("portal.db.password", "portal"),
                read.text("portal.keycloak.db.user", "keycloak"),
                read.text("portal.keycloak.db.password", "keycloak"),
                read.text("portal.keycloak.admin.user", "admin"),
                read.text("portal.keycloak.admin.password", "admin"),
                read.text("portal.oidc.client-secret", "portal-dev-secret"),
                read.text("portal.base-url", "http://localhost:" + httpPort),
                read.text("portal.heap", "768m"),
                read.bool("portal.demo-data", true),
                read.text("portal.http.host", "127.0.0.1"),
                read.integer("portal.mail.port", 3025),
                read.integer("portal.mail.web-port", 8025),
                read.integer("portal.session.timeout-seconds", 1800),
                read.text("portal.keycloak.accounts-secret", "portal-accounts-dev-secret"));
    }

    public String portalDbUrl() {
        return "jdbc:mariadb://127.0.0.1:" + dbPort + "/portal";
    }

    public String keycloakDbUrl() {
        return "jdbc:mariadb://127.0.0.1:" + dbPort + "/keycloak";
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String providerUri() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** The mail catcher's inbox for a person: its web page and REST API list what it received. */
    public String mailWebUrl() {
        return "http://localhost:" + mailWebPort;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** The environment-variable form of a setting key. */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private record Reader(Map<String, String> env, Properties properties) {

        String text(String key, String fallback) {
            return properties.get(key).or(() -> Optional.ofNullable(env.get(envName(key))))
                    .filter(value -> !value.isBlank()).orElse(fallback);
        }

        int integer(String key, int fallback) {
            String value = text(key, Integer.toString(fallback));
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new StartupFailure("Setting " + key + " (" + envName(key) + ") must be a number, not '" + value + "'.");
            }
        }

        boolean bool(String key, boolean fallback) {
            return Boolean.parseBoolean(text(key, Boolean.toString(fallback)).strip());
        }
    }
}

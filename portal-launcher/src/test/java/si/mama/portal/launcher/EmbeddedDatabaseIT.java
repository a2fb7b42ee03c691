package si.mama.portal.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run command's MariaDB keeps its data across restarts, and its accounts need their passwords. */
class EmbeddedDatabaseIT {

    private final Path data = Path.of(System.getProperty("portal.test.output", "target/browser"), "restart-data").toAbsolutePath();

    private Settings settings() {
        Stack.deleteRecursively(data);
        return new Settings(data, Path.of(System.getProperty("portal.stack.dir", "target/stack")).toAbsolutePath(),
                false, 0, Ports.free(), 0, "portal", "secret-1", "keycloak", "secret-2", "admin", "admin", "s",
                "http://localhost", "256m", false, "127.0.0.1", 0, 0, 1800, "s");
    }

    @Test
    void aRowWrittenBeforeARestartIsThereAfterIt() throws SQLException {
        Settings settings = settings();
        try (EmbeddedDatabase database = new EmbeddedDatabase(settings)) {
            database.start();
            try (Connection connection = connect(settings, "secret-1"); Statement statement = connection.createStatement()) {
                statement.execute("create table kept (name varchar(50) not null) default charset utf8mb4");
                statement.execute("insert into kept values ('Špela Žnidaršič')");
            }
        }
        try (EmbeddedDatabase database = new EmbeddedDatabase(settings)) {
            database.start();
            try (Connection connection = connect(settings, "secret-1"); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select name from kept")) {
                assertTrue(rows.next(), "the row survived the restart");
                assertEquals("Špela Žnidaršič", rows.getString(1));
            }
            assertThrows(SQLException.class, () -> connect(settings, "wrong-password").close(),
                    "the portal's account is protected by its password");
        }
    }

    private static Connection connect(Settings settings, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + settings.dbPort() + "/portal", "portal", password);
    }
}

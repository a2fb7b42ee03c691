package si.mama.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements the portal's database account sends while one page loads, from MariaDB's general
 * query log (kept in the table {@code mysql.general_log} while counting). Each page is counted three times and
 * the smallest count kept, so a background job of the portal that happens to run is not charged to the page;
 * statements on the mail outbox (its sender runs in the background, a page view never touches it) are left out. The statements of the smallest count are written beside the results, grouped, to show
 * where they come from.
 */
final class StatementLog {

    private static final String STATEMENTS = "command_type in ('Query', 'Execute') and user_host like ? and ("
            + " lower(left(argument, 6)) in ('select', 'insert', 'update', 'delete'))";

    private final Connection admin;
    private final String portalUser;
    private final Path details;
    /** Payara's check of a pooled connection before each use ({@code SELECT 1}): counted apart. */
    private static final Pattern VALIDATION =
            Pattern.compile("(?i)\\s*select\\s+('[^']*'|\\d+)\\s*");

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Map<String, Integer> validations = new ConcurrentHashMap<>();

    StatementLog(Connection admin, String portalUser, Path details) {
        this.admin = admin;
        this.portalUser = portalUser;
        this.details = details;
    }

    void on() {
        execute("set global log_output = 'TABLE'", "set global general_log = 'ON'");
    }

    void off() {
        execute("set global general_log = 'OFF'", "truncate table mysql.general_log");
    }

    synchronized void start() {
        execute("truncate table mysql.general_log");
    }

    synchronized void stop(String page) {
        try (var query = admin.prepareStatement("select argument from mysql.general_log where " + STATEMENTS
                + " order by event_time")) {
            query.setString(1, portalUser + "[%");
            List<String> statements = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            }
            // the outbox's background sender works through its own rows at any time: never the page's statements
            statements.removeIf(each -> each.toLowerCase(Locale.ROOT).contains("outbox_mail"));
            List<String> queries = statements.stream().filter(each -> !VALIDATION.matcher(each).matches()).toList();
            Integer before = counts.get(page);
            if (before == null || queries.size() < before) {
                counts.put(page, queries.size());
                validations.put(page, statements.size() - queries.size());
                write(page, statements);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read MariaDB's general log: " + e.getMessage(), e);
        }
    }

    /** The statements counted for a page (connection validations not included), or -1 when it was not counted. */
    int count(String page) {
        return counts.getOrDefault(page, -1);
    }

    /** The pool's connection validations while the page loaded (one per connection taken from the pool). */
    int validations(String page) {
        return validations.getOrDefault(page, -1);
    }

    private void write(String page, List<String> statements) {
        Map<String, Integer> grouped = new LinkedHashMap<>();
        for (String statement : statements) {
            // the same statement with other values is one line with its count: a query per row shows as a big count
            grouped.merge(statement.replaceAll("\\b\\d+\\b", "?").replaceAll("'[^']*'", "'?'"), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder(page + ": " + statements.size() + " statements\n\n");
        grouped.forEach((statement, count) -> text.append(String.format("%5d × %s%n", count, statement)));
        try {
            Files.createDirectories(details);
            Files.writeString(details.resolve(page.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void execute(String... sql) {
        try (Statement statement = admin.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused " + String.join("; ", sql) + ": " + e.getMessage(), e);
        }
    }
}

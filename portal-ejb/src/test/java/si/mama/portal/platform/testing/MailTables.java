package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the outbox holds, read with plain JDBC outside any transaction: committed rows only. */
@ApplicationScoped
public class MailTables {

    /** An outbox row, the columns a test looks at. */
    public record MailRow(long id, String dedupeKey, String recipient, String language, String subject, String status,
                          int attempts, String lastError, Timestamp sentAt, boolean hasCalendar) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public Optional<MailRow> byKey(String dedupeKey) {
        return rows("dedupe_key = ?", dedupeKey).stream().findFirst();
    }

    public Optional<MailRow> byId(long id) {
        return rows("id = ?", id).stream().findFirst();
    }

    public List<MailRow> toRecipient(String recipient) {
        return rows("recipient = ?", recipient);
    }

    /** Polls the row of {@code dedupeKey} until it matches; fails after {@code timeout}. */
    public MailRow await(String dedupeKey, Predicate<MailRow> condition, String what, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<MailRow> row = byKey(dedupeKey);
            if (row.isPresent() && condition.test(row.get())) {
                return row.get();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Mail " + dedupeKey + " not " + what + " within " + timeout + ": " + row);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Gives up the pending mails of other test classes (they share the database, and their mails go to addresses
     * outside {@code domain}), so this class's mails are not queued behind a backlog no server ever received.
     */
    public void parkAllBut(String domain) {
        String sql = "update outbox_mail set status = 'FAILED', last_error = 'parked by a test', version = version + 1"
                + " where status = 'PENDING' and recipient not like ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "%@" + domain);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Makes a mail that waits for its next attempt due now, instead of after its back-off. */
    public void makeDue(long id) {
        String sql = "update outbox_mail set next_attempt_at = current_timestamp(3) - interval 1 second where id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private List<MailRow> rows(String where, Object parameter) {
        String sql = "select id, dedupe_key, recipient, language, subject, status, attempts, last_error, sent_at,"
                + " calendar is not null as has_calendar from outbox_mail where " + where + " order by id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<MailRow> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new MailRow(row.getLong("id"), row.getString("dedupe_key"), row.getString("recipient"),
                            row.getString("language"), row.getString("subject"), row.getString("status"),
                            row.getInt("attempts"), row.getString("last_error"), row.getTimestamp("sent_at"),
                            row.getBoolean("has_calendar")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the practice tables hold, read with plain JDBC outside any transaction and past the tenant filter. */
@ApplicationScoped
public class PracticeTables {

    /** A practice's row, the columns a test looks at. */
    public record PracticeRow(long id, long centreId, String title, String status, boolean publicVisible,
                              String reviewNote, long version, int attachments) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public PracticeRow practice(long id) {
        String sql = "select id, centre_id, title, status, public_visible, review_note, version,"
                + " (select count(*) from practice_attachment a where a.practice_id = p.id) as attachments"
                + " from practice p where id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("No practice row with id " + id);
                }
                return new PracticeRow(row.getLong("id"), row.getLong("centre_id"), row.getString("title"),
                        row.getString("status"), row.getBoolean("public_visible"), row.getString("review_note"),
                        row.getLong("version"), row.getInt("attachments"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public boolean exists(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from practice where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

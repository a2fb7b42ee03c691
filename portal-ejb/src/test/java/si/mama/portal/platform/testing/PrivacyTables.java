package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole database as a search for a person, with plain JDBC outside any transaction: every text column of every
 * table of the portal's schema (Flyway's history aside), so a column nobody thought of cannot hide a name.
 */
@ApplicationScoped
public class PrivacyTables {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Every table's text columns, by table. */
    public Map<String, List<String>> textColumns() {
        Map<String, List<String>> columns = new TreeMap<>();
        for (List<Object> row : rows("select table_name, column_name from information_schema.columns"
                + " where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext',"
                + " 'longtext') and table_name <> 'flyway_schema_history' order by table_name, ordinal_position")) {
            columns.computeIfAbsent((String) row.get(0), table -> new ArrayList<>()).add((String) row.get(1));
        }
        return columns;
    }

    /** {@code table.column} → how many rows mention the text (letter case aside); only columns that do. */
    public Map<String, Long> mentions(String text) {
        Map<String, Long> found = new LinkedHashMap<>();
        textColumns().forEach((table, columns) -> {
            for (String column : columns) {
                long count = count("select count(*) from `" + table + "` where lower(`" + column + "`) like lower(?)",
                        "%" + text + "%");
                if (count > 0) {
                    found.put(table + "." + column, count);
                }
            }
        });
        return found;
    }

    public long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    public BigDecimal decimal(String sql, Object... parameters) {
        Object value = single(sql, parameters);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    public Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows from " + sql);
        }
        return rows.get(0).get(0);
    }

    /** Marks the oldest mail to an address as sent, as the outbox job would once the mail server took it. */
    public void markOneSent(String recipient) {
        Object id = single("select min(id) from outbox_mail where recipient = ?", recipient);
        update("update outbox_mail set status = 'SENT', sent_at = current_timestamp(3), last_error = null,"
                + " version = version + 1 where id = ?", id);
    }

    public List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= width; i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

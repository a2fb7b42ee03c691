package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database holds, read with plain JDBC on the portal's data source: never through the
 * tenant-filtered EntityManager, so a test sees every centre's rows and the filter cannot hide a leak.
 * Reads run outside any transaction and see committed data only.
 */
@ApplicationScoped
public class DatabaseProbe {

    /** A person's row as stored, all columns; equal rows mean nothing was written. */
    public record PersonRow(long id, long centreId, String firstName, String lastName, String email,
                            String position, String employmentType, boolean active, long version,
                            Timestamp updatedAt) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public PersonRow person(long id) {
        return people("where id = ?", id).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No person row with id " + id));
    }

    public List<PersonRow> peopleOf(long centreId) {
        return people("where centre_id = ? order by id", centreId);
    }

    public List<PersonRow> peopleWithEmail(String email) {
        return people("where email = ? order by id", email);
    }

    private List<PersonRow> people(String where, Object parameter) {
        String sql = "select id, centre_id, first_name, last_name, email, position, employment_type, active,"
                + " version, updated_at from person " + where;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<PersonRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new PersonRow(result.getLong("id"), result.getLong("centre_id"),
                            result.getString("first_name"), result.getString("last_name"), result.getString("email"),
                            result.getString("position"), result.getString("employment_type"),
                            result.getBoolean("active"), result.getLong("version"), result.getTimestamp("updated_at")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Versions of the schema migrations Flyway recorded as successful, in order. */
    public List<String> appliedSchemaVersions() {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select version from flyway_schema_history where success = true and version is not null"
                             + " order by installed_rank");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                versions.add(result.getString(1));
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the Flyway history", e);
        }
    }

    public Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[]{"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME").toLowerCase());
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list tables", e);
        }
    }

    /** The unique indexes of a table, by name, each with its columns in key order. */
    public Map<String, List<String>> uniqueKeys(String table) {
        Map<String, TreeMap<Short, String>> byName = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet result = meta.getIndexInfo(connection.getCatalog(), null, table, true, false)) {
                while (result.next()) {
                    if (result.getString("COLUMN_NAME") == null) {
                        continue;
                    }
                    byName.computeIfAbsent(result.getString("INDEX_NAME"), name -> new TreeMap<>())
                            .put(result.getShort("ORDINAL_POSITION"), result.getString("COLUMN_NAME").toLowerCase());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the indexes of " + table, e);
        }
        Map<String, List<String>> keys = new TreeMap<>();
        byName.forEach((name, columns) -> keys.put(name, List.copyOf(columns.values())));
        return keys;
    }
}

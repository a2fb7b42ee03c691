package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database holds of annual plans, read with plain JDBC on the portal's data source, outside any
 * transaction: committed rows only, never the EntityManager's view of them.
 */
@ApplicationScoped
public class PlanTables {

    /** The tables that hold a plan's items, each row with {@code plan_id} and {@code item_key}. */
    public static final List<String> ITEM_TABLES = List.of("plan_section", "plan_statement", "plan_activity",
            "plan_target");

    /** Every row of one plan version, column by column: the plan, its steps and all its items. Equal means untouched. */
    public record Snapshot(Map<String, Object> plan, Map<String, List<Map<String, Object>>> children) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public Map<String, Object> plan(long planId) {
        return rows("select * from plan where id = ?", planId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No plan row with id " + planId));
    }

    public String stage(long planId) {
        return (String) plan(planId).get("stage");
    }

    /** The plan's approval steps in the order they were recorded. */
    public List<Map<String, Object>> steps(long planId) {
        return rows("select * from plan_step where plan_id = ? order by id", planId);
    }

    /** {@code stage:decision} of each recorded step, in order, e.g. {@code COUNCIL:APPROVED}. */
    public List<String> stepTrail(long planId) {
        return steps(planId).stream().map(step -> step.get("stage") + ":" + step.get("decision")).toList();
    }

    public Snapshot snapshot(long planId) {
        Map<String, List<Map<String, Object>>> children = new LinkedHashMap<>();
        children.put("plan_step", steps(planId));
        for (String table : ITEM_TABLES) {
            children.put(table, rows("select * from " + table + " where plan_id = ? order by id", planId));
        }
        return new Snapshot(plan(planId), children);
    }

    /** The item keys a plan holds in one of {@link #ITEM_TABLES}, sorted. */
    public Set<String> keys(String table, long planId) {
        requireItemTable(table);
        Set<String> keys = new TreeSet<>();
        rows("select item_key from " + table + " where plan_id = ?", planId)
                .forEach(row -> keys.add((String) row.get("item_key")));
        return keys;
    }

    /** Rows per item table of a plan. */
    public Map<String, Integer> counts(long planId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : ITEM_TABLES) {
            counts.put(table, rows("select id from " + table + " where plan_id = ?", planId).size());
        }
        return counts;
    }

    /** The ids of every version of a year, oldest first. */
    public List<Long> versionsOf(int year) {
        return rows("select id from plan where plan_year = ? order by version_no", year).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    /** The figures entered for a target key in a year, in the order they were recorded. */
    public List<Map<String, Object>> actuals(int year, String targetKey) {
        return rows("select * from plan_actual where plan_year = ? and target_key = ? order by id", year, targetKey);
    }

    /** Years that hold any plan version or entered figure, each with when its newest plan row was made. */
    public Map<Integer, Timestamp> yearsInUse() {
        Map<Integer, Timestamp> years = new TreeMap<>();
        for (Map<String, Object> row : rows("select plan_year, max(created_at) as newest from plan group by plan_year")) {
            Object newest = row.get("newest");
            years.put(((Number) row.get("plan_year")).intValue(), newest instanceof LocalDateTime local
                    ? Timestamp.valueOf(local) : (Timestamp) newest);
        }
        for (Map<String, Object> row : rows("select distinct plan_year from plan_actual")) {
            years.putIfAbsent(((Number) row.get("plan_year")).intValue(), new Timestamp(0));
        }
        return years;
    }

    /**
     * Deletes every plan version and entered figure of {@code year}. Only for years that an earlier build of the
     * integration tests left behind in this database (it lives in target/ until mvn clean), when no year in a
     * range is free any more; a year used in the running build is never reclaimed.
     */
    public void reclaim(int year) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String sql : List.of(
                    "delete from plan_actual where plan_year = ?",
                    // amendments point at their published version: unlink them before deleting any version
                    "update plan set amendment_of = null where plan_year = ?",
                    // items and steps go with their plan (on delete cascade)
                    "delete from plan where plan_year = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setInt(1, year);
                    statement.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reclaim plan year " + year, e);
        }
    }

    /** Centres that are members of the network, counted in SQL. */
    public long memberCentres() {
        return count("select count(*) from centre where membership_status = 'MEMBER'");
    }

    /** Active people across all centres, counted in SQL. */
    public long activePeople() {
        return count("select count(*) from person where active = true");
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void requireItemTable(String table) {
        if (!ITEM_TABLES.contains(table)) {
            throw new IllegalArgumentException("Not a plan item table: " + table);
        }
    }

    private List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column).toLowerCase(), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

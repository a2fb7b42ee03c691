package si.mama.portal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The plain SQL every {@link si.mama.portal.people.boundary.PersonalDataSource} shares: a person's data lies in many
 * centres' rows, so it is read and changed past the tenant filter, in the caller's transaction, and only from the
 * office's personal-data boundary. Also the two recurring erasure steps: a user name replaced in a "who did it"
 * column, and a person's mentions replaced in free-text columns.
 */
@ApplicationScoped
public class PersonalDataSql {

    /** A table whose rows carry an optimistic-lock {@code version}: a change made here bumps it. */
    public static final boolean VERSIONED = true;
    public static final boolean UNVERSIONED = false;

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The rows of a query, each as its cells (also when it selects one column). */
    public List<Object[]> rows(String sql, Object... parameters) {
        List<?> result = bind(em.createNativeQuery(sql), parameters).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
        }
        return rows;
    }

    public int update(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), parameters).executeUpdate();
    }

    /** {@code (?, ?, ?)} for a collection's values; {@code (null)} for none, which matches nothing. */
    public static String marks(Collection<?> values) {
        return values.isEmpty() ? "(null)" : "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    /** Parameters of a statement, collections spread out in order (as {@link #marks} writes them). */
    public static Object[] parameters(Object... values) {
        List<Object> flat = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Collection<?> many) {
                flat.addAll(many);
            } else {
                flat.add(value);
            }
        }
        return flat.toArray();
    }

    /** Replaces the person's user names in a "who did it" column (and its shown name, when the table has one). */
    public int replaceUser(String table, String userColumn, String nameColumn, DataSubject subject) {
        String set = userColumn + " = ?" + (nameColumn == null ? "" : ", " + nameColumn + " = ?");
        List<Object> values = new ArrayList<>();
        values.add(subject.placeholderUsername());
        if (nameColumn != null) {
            values.add(subject.placeholderName());
        }
        values.add(subject.usernames());
        return update("update " + table + " set " + set + " where " + userColumn + " in " + marks(subject.usernames()),
                parameters(values.toArray()));
    }

    /**
     * Replaces every mention of the person in the free-text columns of a table (rows with an {@code id}): the rows the
     * database finds with {@code like} (case- and accent-insensitive) are rewritten by {@link DataSubject#redact}.
     */
    public int redact(String table, boolean versioned, DataSubject subject, String... columns) {
        Mentions mentions = mentions(subject, columns);
        String select = "select id, " + String.join(", ", columns) + " from " + table + " where " + mentions.condition();
        Map<String, Long> limits = lengths(table);
        int changed = 0;
        for (Object[] row : rows(select, mentions.parameters())) {
            List<String> assignments = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                String before = (String) row[i + 1];
                String after = clip(subject.redact(before), limits.get(columns[i].toLowerCase(Locale.ROOT)));
                if (!Objects.equals(before, after)) {
                    assignments.add(columns[i] + " = ?");
                    values.add(after);
                }
            }
            if (!assignments.isEmpty()) {
                values.add(row[0]);
                changed += update("update " + table + " set " + String.join(", ", assignments)
                        + (versioned ? ", version = version + 1" : "") + " where id = ?", values.toArray());
            }
        }
        return changed;
    }

    /** The longest text each column of a table takes: a placeholder may be longer than the name it replaces. */
    private Map<String, Long> lengths(String table) {
        Map<String, Long> lengths = new HashMap<>();
        for (Object[] row : rows("select lower(column_name), character_maximum_length from information_schema.columns"
                + " where table_schema = database() and table_name = ?", table)) {
            lengths.put((String) row[0], number(row[1]));
        }
        return lengths;
    }

    private static String clip(String text, Long max) {
        return text == null || max == null || text.length() <= max ? text : text.substring(0, (int) (max - 1)) + "…";
    }

    /** A condition on text columns and its parameters: true for a row that mentions the person in any of them. */
    public record Mentions(String condition, Object[] parameters) {
    }

    /** Where any of the columns mentions the person ({@code like}: letter case and accents aside). */
    public static Mentions mentions(DataSubject subject, String... columns) {
        List<String> conditions = new ArrayList<>();
        List<Object> likes = new ArrayList<>();
        for (String column : columns) {
            for (String needle : subject.needles()) {
                conditions.add(column + " like ?");
                likes.add("%" + escapeLike(needle) + "%");
            }
        }
        return new Mentions("(" + String.join(" or ", conditions) + ")", likes.toArray());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Query bind(Query query, Object... parameters) {
        query.setHint(ALLOW_NATIVE, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    // cells as the export wants them

    public static Instant instant(Object cell) {
        if (cell instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (cell instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) cell;
    }

    public static LocalDate date(Object cell) {
        if (cell instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) cell;
    }

    public static Long number(Object cell) {
        return cell == null ? null : ((Number) cell).longValue();
    }

    public static BigDecimal decimal(Object cell) {
        return cell == null ? null : cell instanceof BigDecimal decimal ? decimal : new BigDecimal(cell.toString());
    }

    public static Boolean bool(Object cell) {
        if (cell == null) {
            return null;
        }
        return cell instanceof Boolean yes ? yes : ((Number) cell).intValue() != 0;
    }
}

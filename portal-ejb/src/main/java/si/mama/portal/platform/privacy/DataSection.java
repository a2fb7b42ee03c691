package si.mama.portal.platform.privacy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One part of what the portal holds about a person, as the export shows it: a stable key (the JSON's name for the part
 * and the bundle key of its title, {@code personalData.section.<key>}), stable column keys
 * ({@code personalData.column.<column>}) and one row per item. A cell is text, a number, a yes/no, a
 * {@link java.time.LocalDate}, an {@link java.time.Instant}, a {@link Code} or {@code null}.
 */
public record DataSection(String key, List<String> columns, List<List<Object>> rows) implements Serializable {

    /** A stored value (the JSON keeps it as it is) with the bundle key of its label (the PDF shows that). */
    public record Code(String value, String bundleKey) implements Serializable {
        public Code {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(bundleKey, "bundleKey");
        }
    }

    public DataSection {
        Objects.requireNonNull(key, "key");
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(key + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row))); // cells may be null
        }
        rows = Collections.unmodifiableList(copied);
    }

    public static Builder of(String key, String... columns) {
        return new Builder(key, List.of(columns));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Collects a section's rows. */
    public static final class Builder {

        private final String key;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String key, List<String> columns) {
            this.key = key;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public DataSection build() {
            return new DataSection(key, columns, rows);
        }
    }
}

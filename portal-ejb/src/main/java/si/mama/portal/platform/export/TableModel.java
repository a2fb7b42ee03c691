package si.mama.portal.platform.export;

import java.util.List;
import java.util.Objects;

/** A plain table (a sheet name, column headers, rows of cells) for spreadsheet and CSV exports. */
public record TableModel(String name, List<String> headers, List<List<Object>> rows) {

    public TableModel {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Every row has one cell per header");
            }
        }
    }
}

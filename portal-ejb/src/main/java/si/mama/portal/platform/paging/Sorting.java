package si.mama.portal.platform.paging;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A sort order asked for by a page, translated through a whitelist into a JPQL order-by clause,
 * so a page can never inject query text. Serializable: a lazy table keeps its last sorting in the view, which a
 * session replica carries.
 */
public record Sorting(String field, boolean ascending) implements Serializable {

    public static Sorting by(String field, boolean ascending) {
        return new Sorting(field, ascending);
    }

    /** The order-by clause for the requested field if allowed, otherwise for {@code fallback}, ascending. */
    public String orderBy(Map<String, String> allowed, String fallback) {
        return orderBy(allowed, fallback, true);
    }

    /**
     * The order-by clause for the requested field if allowed, otherwise for {@code fallback} in the given direction
     * (a log, for instance, shows the newest first until the user sorts otherwise).
     */
    public String orderBy(Map<String, String> allowed, String fallback, boolean fallbackAscending) {
        String path = field == null ? null : allowed.get(field);
        if (path == null) {
            return Objects.requireNonNull(allowed.get(fallback), "fallback") + direction(fallbackAscending);
        }
        return path + direction(ascending);
    }

    private static String direction(boolean ascending) {
        return ascending ? " asc" : " desc";
    }
}

package si.mama.portal.platform.paging;

import java.util.List;

/** One page of a longer list, with the size of the whole list for the paginator. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}

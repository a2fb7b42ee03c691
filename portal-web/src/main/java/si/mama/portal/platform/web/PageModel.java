package si.mama.portal.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.paging.Sorting;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A lazy PrimeFaces table model over a boundary that returns {@link Page}s: only the visible page is loaded,
 * sorting is passed to the boundary (which whitelists it), filters live in the backing bean.
 * <p>
 * PrimeFaces asks for the row count and then for the page, in the same request. The boundary answers both in one
 * call, so the count loads the page the table showed last (the first page of a new table) and the page request that
 * follows in the same request reuses it when it asks for that same page: one call instead of two.
 */
public class PageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page from a boundary. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(Sorting sorting, int first, int max);
    }

    private static final int FIRST_PAGE_SIZE = 20;

    private final Loader<T> loader;
    private final SerializableKey<T> key;
    private Sorting lastSorting = Sorting.by(null, true);
    private int lastFirst;
    private int lastPageSize = FIRST_PAGE_SIZE;
    /** The page the count loaded, and the request it was loaded in: reused only by that request. */
    private transient Page<T> counted;
    private transient Object countedIn;

    /** The row key of an entity, usually its id. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PageModel(Loader<T> loader, SerializableKey<T> key) {
        this.loader = Objects.requireNonNull(loader);
        this.key = Objects.requireNonNull(key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = loader.load(lastSorting, lastFirst, lastPageSize);
        countedIn = FacesContext.getCurrentInstance();
        return (int) counted.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Sorting sorting = sortBy.values().stream().findFirst()
                .map(meta -> Sorting.by(meta.getField(), meta.getOrder() != SortOrder.DESCENDING))
                .orElse(Sorting.by(null, true));
        boolean same = counted != null && countedIn != null && countedIn == FacesContext.getCurrentInstance()
                && first == lastFirst && pageSize == lastPageSize && sorting.equals(lastSorting);
        Page<T> page = same ? counted : loader.load(sorting, first, pageSize);
        counted = null;
        countedIn = null;
        lastSorting = sorting;
        lastFirst = first;
        lastPageSize = pageSize;
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}

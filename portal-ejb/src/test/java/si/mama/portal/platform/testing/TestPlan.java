package si.mama.portal.platform.testing;

import java.util.Map;

/** A plan a test built through the boundary: its id, its year and the ids of its items by their label. */
public record TestPlan(long id, int year, Map<String, Long> items) {

    public TestPlan {
        items = Map.copyOf(items);
    }

    /** The id of the item built with this title, text or (for a target) counted text. */
    public long idOf(String label) {
        Long id = items.get(label);
        if (id == null) {
            throw new IllegalArgumentException("No item labelled '" + label + "' in " + items.keySet());
        }
        return id;
    }
}

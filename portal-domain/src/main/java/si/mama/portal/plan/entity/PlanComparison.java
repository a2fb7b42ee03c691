package si.mama.portal.plan.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a plan (or a plan and last year's): items matched by their stable
 * key, reported as added, removed or changed field by field. Moving an item within its list is not a change.
 */
public final class PlanComparison implements Serializable {

    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    private final Plan older;
    private final Plan newer;
    private final List<Change> changes;

    private PlanComparison(Plan older, Plan newer, List<Change> changes) {
        this.older = older;
        this.newer = newer;
        this.changes = List.copyOf(changes);
    }

    public static PlanComparison between(Plan older, Plan newer) {
        Map<String, PlanItem> before = index(older);
        Map<String, PlanItem> after = index(newer);
        List<Change> changes = new ArrayList<>();
        for (PlanItem item : after.values()) {
            PlanItem previous = before.get(item.getKey());
            if (previous == null) {
                changes.add(new Change(ChangeKind.ADDED, item, List.of()));
            } else if (!previous.content().equals(item.content())) {
                changes.add(new Change(ChangeKind.CHANGED, item, fieldChanges(previous.content(), item.content())));
            }
        }
        for (PlanItem item : before.values()) {
            if (!after.containsKey(item.getKey())) {
                changes.add(new Change(ChangeKind.REMOVED, item, List.of()));
            }
        }
        return new PlanComparison(older, newer, changes);
    }

    private static Map<String, PlanItem> index(Plan plan) {
        Map<String, PlanItem> items = new LinkedHashMap<>();
        plan.items().forEach(item -> items.put(item.getKey(), item));
        return items;
    }

    private static List<FieldChange> fieldChanges(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> fields = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.getOrDefault(field, "");
            if (!Objects.equals(old, value)) {
                fields.add(new FieldChange(field, old, value));
            }
        });
        return fields;
    }

    public Plan getOlder() {
        return older;
    }

    public Plan getNewer() {
        return newer;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One item that was added, removed or changed. */
    public record Change(ChangeKind kind, PlanItem item, List<FieldChange> fields) implements Serializable {

        public ChangeKind getKind() {
            return kind;
        }

        /** AREA, PROJECT, PROGRAMME, GOAL, INDICATOR, ACTIVITY or TARGET. */
        public String getItemType() {
            return item.itemType();
        }

        public String getKey() {
            return item.getKey();
        }

        public String getLabel() {
            return item.label();
        }

        /** Where the item sits: the titles of the section (and activity) that hold it. */
        public String getContext() {
            return item.context();
        }

        public List<FieldChange> getFields() {
            return fields;
        }
    }

    /** One field of a changed item, before and after. */
    public record FieldChange(String field, String before, String after) implements Serializable {

        public String getField() {
            return field;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

}

package si.mama.portal.plan.entity;

import java.util.Comparator;
import java.util.List;

/** Keeps siblings numbered 1..n and moves one of them up or down by swapping with its neighbour. */
final class Positions {

    private Positions() {
    }

    static int next(List<? extends PlanItem> siblings) {
        return siblings.stream().mapToInt(PlanItem::getPosition).max().orElse(0) + 1;
    }

    /** Moves {@code item} one place towards the start ({@code -1}) or the end ({@code +1}); false at the edge. */
    static boolean move(List<? extends PlanItem> siblings, PlanItem item, int direction) {
        List<? extends PlanItem> ordered = siblings.stream().sorted(Comparator.comparingInt(PlanItem::getPosition)).toList();
        int index = ordered.indexOf(item);
        int target = index + Integer.signum(direction);
        if (direction == 0 || index < 0 || target < 0 || target >= ordered.size()) {
            return false;
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        PlanItem neighbour = ordered.get(target);
        neighbour.moveTo(index + 1);
        item.moveTo(target + 1);
        return true;
    }
}

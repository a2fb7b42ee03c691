package si.mama.portal.plan.entity;

import java.util.List;

/** The plan's items in order: {@link si.mama.portal.platform.entity.Positions} for {@link PlanItem}s. */
final class Positions {

    private Positions() {
    }

    static int next(List<? extends PlanItem> siblings) {
        return si.mama.portal.platform.entity.Positions.next(siblings, PlanItem::getPosition);
    }

    static boolean move(List<? extends PlanItem> siblings, PlanItem item, int direction) {
        return si.mama.portal.platform.entity.Positions.move(siblings, item, direction, PlanItem::getPosition,
                PlanItem::moveTo);
    }
}

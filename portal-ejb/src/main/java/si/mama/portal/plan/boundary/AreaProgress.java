package si.mama.portal.plan.boundary;

import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.ProgressStatus;

import java.io.Serializable;
import java.util.List;

/** The targets of one area and how many of them are achieved, on track, behind or not yet due. */
public record AreaProgress(PlanSection area, List<TargetProgress> targets) implements Serializable {

    public PlanSection getArea() {
        return area;
    }

    public List<TargetProgress> getTargets() {
        return targets;
    }

    public long count(ProgressStatus status) {
        return targets.stream().filter(target -> target.getStatus() == status).count();
    }

    public long getAchieved() {
        return count(ProgressStatus.ACHIEVED);
    }

    public long getOnTrack() {
        return count(ProgressStatus.ON_TRACK);
    }

    public long getBehind() {
        return count(ProgressStatus.BEHIND);
    }

    public long getNotDue() {
        return count(ProgressStatus.NOT_DUE);
    }

    /** Average completion of the area's targets, 0–100. */
    public int getPercent() {
        return (int) Math.round(targets.stream().mapToInt(TargetProgress::getPercent).average().orElse(0));
    }
}

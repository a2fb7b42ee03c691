package si.mama.portal.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.entity.PlanComparison;
import si.mama.portal.platform.error.NotFoundException;

import java.io.Serializable;

/** What changed between two plans ({@code /office/plan-diff?older=..&newer=..}): items added, removed, changed. */
@Named
@ViewScoped
public class PlanDiffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Plans plans;

    private Long older;
    private Long newer;
    private PlanComparison comparison;

    public void load() {
        if (older == null || newer == null) {
            throw new NotFoundException("PlanComparison", "(missing plan ids)");
        }
        comparison = plans.compare(older, newer);
    }

    public PlanComparison getComparison() {
        return comparison;
    }

    public long getAdded() {
        return comparison.count(PlanComparison.ChangeKind.ADDED);
    }

    public long getRemoved() {
        return comparison.count(PlanComparison.ChangeKind.REMOVED);
    }

    public long getChanged() {
        return comparison.count(PlanComparison.ChangeKind.CHANGED);
    }

    public Long getOlder() {
        return older;
    }

    public void setOlder(Long older) {
        this.older = older;
    }

    public Long getNewer() {
        return newer;
    }

    public void setNewer(Long newer) {
        this.newer = newer;
    }
}

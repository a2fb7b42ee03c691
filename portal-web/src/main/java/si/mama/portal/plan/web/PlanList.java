package si.mama.portal.plan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.util.List;

/** The office's list of plans ({@code /office/plans}): every version of every year, and a new year's draft. */
@Named
@ViewScoped
public class PlanList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Plans plans;

    @Inject
    Texts texts;

    private List<Plan> all;
    private Integer newYear;
    private Long copyFrom;

    @PostConstruct
    void init() {
        all = plans.all();
        startCreating();
    }

    /** Suggests next year, copied from the newest plan: how the office has always started. */
    public void startCreating() {
        int latest = all.stream().mapToInt(Plan::getYear).max().orElse(PortalClock.today().getYear() - 1);
        newYear = latest + 1;
        copyFrom = all.stream().filter(Plan::isPublished).findFirst().map(Plan::getId).orElse(null);
    }

    public String create() {
        try {
            Plan created = plans.create(newYear, copyFrom);
            texts.infoAfterRedirect("plans.created", created.getYear());
            return "/office/plan?faces-redirect=true&id=" + created.getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "createForm");
            return null;
        }
    }

    public List<Plan> getAll() {
        return all;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public Long getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(Long copyFrom) {
        this.copyFrom = copyFrom;
    }
}

package si.mama.portal.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.boundary.PublishedPlans;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.util.List;

/**
 * The annual plan at a glance, for the home pages: the plan in force, a recent amendment members should know
 * about, and (for the office) the versions on their way to publication.
 */
@Named
@RequestScoped
public class PlanSummary {

    /** How long after publication an amendment is announced on the home pages. */
    private static final int ANNOUNCE_DAYS = 60;

    @Inject
    PublishedPlans published;

    @Inject
    Plans plans;

    @Inject
    CurrentUser currentUser;

    private Plan current;
    private boolean loaded;
    private List<Plan> inPreparation;

    public Plan getCurrent() {
        if (!loaded) {
            current = published.latestSummary().orElse(null);
            loaded = true;
        }
        return current;
    }

    /** Whether the plan in force is an amendment published recently: members are told what changed. */
    public boolean isRecentlyAmended() {
        Plan plan = getCurrent();
        return plan != null && plan.isAmendment() && plan.getPublishedOn() != null
                && !plan.getPublishedOn().plusDays(ANNOUNCE_DAYS).isBefore(PortalClock.today());
    }

    public List<Plan> getInPreparation() {
        if (inPreparation == null) {
            inPreparation = currentUser.isOffice() ? plans.inPreparation() : List.of();
        }
        return inPreparation;
    }
}

package si.mama.portal.platform.testing;

import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.entity.ActivityDetails;
import si.mama.portal.plan.entity.NetworkRole;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanItem;
import si.mama.portal.plan.entity.SectionDetails;
import si.mama.portal.plan.entity.SectionKind;
import si.mama.portal.plan.entity.StatementKind;
import si.mama.portal.plan.entity.TargetDetails;
import si.mama.portal.platform.error.PortalException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills a draft plan through the {@link Plans} boundary, one call per item, in the order written: an area,
 * then its goals, indicators and activities (each activity followed by its targets), then its projects.
 * Items are remembered by label (title, text, or a target's counted text) for {@link TestPlan#idOf}.
 * Made by {@link TestPlans#draft}; the office admin must be signed in.
 */
public final class PlanBuilder {

    private final Plans plans;
    private final long planId;
    private final int year;
    private final Map<String, Long> items = new LinkedHashMap<>();
    private Long area;
    private Long section;
    private Long activity;

    PlanBuilder(Plans plans, Plan plan) {
        this.plans = plans;
        this.planId = plan.getId();
        this.year = plan.getYear();
    }

    public PlanBuilder area(String title) {
        return area(title, null, null);
    }

    public PlanBuilder area(String title, String chapter, String purpose) {
        area = remember(title, call(() -> plans.addArea(planId,
                new SectionDetails(SectionKind.AREA, chapter, title, null, purpose, null, null))));
        section = area;
        activity = null;
        return this;
    }

    /** A project of the current area; goals and activities that follow belong to it. */
    public PlanBuilder project(String title, String funding, NetworkRole role) {
        requireArea();
        section = remember(title, call(() -> plans.addSection(area,
                new SectionDetails(SectionKind.PROJECT, null, title, null, null, funding, role))));
        activity = null;
        return this;
    }

    public PlanBuilder goal(String text) {
        requireSection();
        remember(text, call(() -> plans.addStatement(section, StatementKind.GOAL, text)));
        return this;
    }

    public PlanBuilder indicator(String text) {
        requireSection();
        remember(text, call(() -> plans.addStatement(section, StatementKind.INDICATOR, text)));
        return this;
    }

    /** An activity without known months: it runs, and is expected to progress, all year. */
    public PlanBuilder activity(String title) {
        return activity(title, "vse leto", null, null);
    }

    public PlanBuilder activity(String title, String periodLabel, Integer monthFrom, Integer monthTo) {
        requireSection();
        activity = remember(title, call(() -> plans.addActivity(section,
                new ActivityDetails(title, periodLabel, monthFrom, monthTo, null, null))));
        return this;
    }

    /** A target of the current activity whose actual the office enters; remembered by {@code counted}. */
    public PlanBuilder target(String value, String unit, String counted) {
        return measuredTarget(value, unit, counted, null);
    }

    /** A target of the current activity computed by the named measure; remembered by {@code counted}. */
    public PlanBuilder measuredTarget(String value, String unit, String counted, String measure) {
        if (activity == null) {
            throw new IllegalStateException("A target needs an activity first");
        }
        remember(counted, call(() -> plans.addTarget(activity,
                new TargetDetails(new BigDecimal(value), unit, counted, measure))));
        return this;
    }

    public TestPlan build() {
        return new TestPlan(planId, year, items);
    }

    private long remember(String label, PlanItem item) {
        if (items.putIfAbsent(label, item.getId()) != null) {
            throw new IllegalArgumentException("Two items labelled '" + label + "': labels must be unique in a plan");
        }
        return item.getId();
    }

    private void requireArea() {
        if (area == null) {
            throw new IllegalStateException("A project needs an area first");
        }
    }

    private void requireSection() {
        if (section == null) {
            throw new IllegalStateException("Statements and activities need an area or project first");
        }
    }

    private interface Call<T> {
        T run() throws PortalException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (PortalException e) {
            throw new IllegalStateException("Building the plan failed: " + e.messageKey(), e);
        }
    }
}

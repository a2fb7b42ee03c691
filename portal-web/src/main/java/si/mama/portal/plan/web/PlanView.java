package si.mama.portal.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.PublishedPlans;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActivity;
import si.mama.portal.plan.entity.PlanSection;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The published plan for members ({@code /plan}) and the public ({@code /public/plan}): areas with their
 * goals and projects, the activities filtered by month, area and text, and the year's timeline. The year,
 * version and filters are view parameters, so every state of the page is a link someone can share.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublishedPlans plans;

    private Integer year;
    private Integer version;
    private Integer month;
    private String area;
    private String q;

    private Plan plan;
    private List<Integer> years;
    private List<Plan> versions;

    public void load() {
        if (year == null) {
            plan = plans.latest().orElse(null);
        } else {
            plan = version == null ? plans.ofYear(year) : plans.version(year, version);
        }
        years = plans.years();
        versions = plan == null ? List.of() : plans.versionsOf(plan.getYear());
    }

    /** The plan's activities that match the month, area and text filters, in the plan's order. */
    public List<PlanActivity> getActivities() {
        if (plan == null) {
            return List.of();
        }
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return plan.getActivities().stream()
                .filter(activity -> month == null || activity.runsIn(month))
                .filter(activity -> area == null || area.isBlank() || activity.getArea().getKey().equals(area))
                .filter(activity -> text == null || matches(activity, text))
                .toList();
    }

    private static boolean matches(PlanActivity activity, String text) {
        return contains(activity.getTitle(), text) || contains(activity.getDescription(), text)
                || contains(activity.getPeriodLabel(), text) || contains(activity.getParticipation(), text)
                || contains(activity.getSection().getTitle(), text);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    public void clearFilters() {
        month = null;
        area = null;
        q = null;
    }

    public List<PlanSection> getAreas() {
        return plan == null ? List.of() : plan.getAreas();
    }

    /** Whether this is an earlier version, replaced by an amendment. */
    public boolean isSuperseded() {
        return plan != null && !versions.isEmpty() && versions.get(0).getVersionNo() != plan.getVersionNo();
    }

    public Plan getPlan() {
        return plan;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Plan> getVersions() {
        return versions;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}

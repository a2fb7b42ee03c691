package si.mama.portal.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.primefaces.PrimeFaces;
import si.mama.portal.plan.boundary.AreaProgress;
import si.mama.portal.plan.boundary.PlanProgress;
import si.mama.portal.plan.boundary.PublishedPlans;
import si.mama.portal.plan.boundary.TargetProgress;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActual;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress dashboard ({@code /plan/progress}): every quantitative target of the published plan with its
 * actual, what is expected by the chosen month, and the ones behind schedule flagged. Office admins enter
 * the figures that no measure computes.
 */
@Named
@ViewScoped
public class PlanProgressView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublishedPlans plans;

    @Inject
    PlanProgress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Integer year;
    private Integer month;
    private boolean behindOnly;

    private Plan plan;
    private List<AreaProgress> areas = List.of();
    private List<PlanActual> history = List.of();
    private final ActualForm form = new ActualForm();

    public void load() {
        plan = year == null ? plans.latest().orElse(null) : plans.ofYear(year);
        refresh();
    }

    private void refresh() {
        areas = plan == null ? List.of() : progress.of(plan, getAsOf());
    }

    /** The day progress is judged on: the first of the chosen month of the plan's year, or today. */
    public LocalDate getAsOf() {
        if (month == null || plan == null) {
            return PortalClock.today();
        }
        return LocalDate.of(plan.getYear(), month, 1);
    }

    public void changeMonth() {
        refresh();
    }

    public List<AreaProgress> getAreas() {
        if (!behindOnly) {
            return areas;
        }
        return areas.stream()
                .map(area -> new AreaProgress(area.area(), area.targets().stream().filter(TargetProgress::isBehind).toList()))
                .filter(area -> !area.targets().isEmpty())
                .toList();
    }

    public long getBehindCount() {
        return areas.stream().mapToLong(AreaProgress::getBehind).sum();
    }

    public long getTargetCount() {
        return areas.stream().mapToLong(area -> area.targets().size()).sum();
    }

    /** Room for two bars per area and the legend. */
    public int getChartHeight() {
        return 80 + 56 * areas.size();
    }

    /** Chart.js configuration: per area, the average completion and what was expected by now. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder achieved = Json.createArrayBuilder();
        JsonArrayBuilder expected = Json.createArrayBuilder();
        for (AreaProgress area : areas) {
            labels.add(area.area().getTitle());
            achieved.add(area.getPercent());
            expected.add((int) Math.round(area.targets().stream()
                    .mapToInt(target -> Math.min(100, target.getExpectedPercent())).average().orElse(0)));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(texts.format("progress.chart.achieved"), achieved, "#1f4e79"))
                                .add(dataset(texts.format("progress.chart.expected"), expected, "#c9a227"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    public boolean isCanEnter() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    /** The latest day a figure may carry: today, or the last day of a past plan year. */
    public LocalDate getLatestDay() {
        LocalDate today = PortalClock.today();
        return plan == null || plan.getYear() >= today.getYear() ? today : LocalDate.of(plan.getYear(), 12, 31);
    }

    public void startEntering(long targetId) {
        form.reset(targetId, getLatestDay());
        history = progress.history(targetId);
    }

    public void saveActual() {
        try {
            progress.record(form.getTargetId(), form.getValue(), form.getMeasuredOn(), form.getEvidence());
            texts.info("progress.saved");
            refresh();
            PrimeFaces.current().executeScript("PF('actualDialog').hide()");
        } catch (PortalException refusal) {
            texts.error(refusal, "actualForm");
        }
    }

    public Plan getPlan() {
        return plan;
    }

    public ActualForm getForm() {
        return form;
    }

    public List<PlanActual> getHistory() {
        return history;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public boolean isBehindOnly() {
        return behindOnly;
    }

    public void setBehindOnly(boolean behindOnly) {
        this.behindOnly = behindOnly;
    }
}

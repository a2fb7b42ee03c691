package si.mama.portal.stewardship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.Coverage;
import si.mama.portal.stewardship.boundary.CoverageReport;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The coverage dashboard ({@code /office/coverage?year=}): the share of member centres met in a year against the
 * target of half, overall, by region and by steward, with a chart by region.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MET = "#1f4e79";
    private static final String TARGET = "#c9a227";

    @Inject
    Coverage coverage;

    @Inject
    Texts texts;

    private Integer year;
    private CoverageReport report;

    public void load() {
        if (year == null) {
            year = PortalClock.today().getYear();
        }
        report = coverage.of(year);
    }

    public CoverageReport getReport() {
        return report;
    }

    /** How many more members must be met to reach half of them. */
    public int getMissing() {
        return Math.max(0, (report.members() + 1) / 2 - report.met());
    }

    public String getOverallText() {
        return texts.format("stewardship.coverage.overall", report.met(), report.members(), report.getPercent());
    }

    /** Chart.js configuration: per region the share met, and the target as a line (the table marks who is below). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder met = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (CoverageReport.Line line : report.byRegion()) {
            labels.add(texts.format(line.label()));
            met.add(line.getPercent());
            target.add(CoverageReport.TARGET_PERCENT);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", texts.format("stewardship.coverage.chart.met"))
                                        .add("data", met).add("backgroundColor", MET))
                                .add(Json.createObjectBuilder().add("type", "line")
                                        .add("label", texts.format("stewardship.coverage.chart.target"))
                                        .add("data", target).add("borderColor", TARGET).add("backgroundColor", TARGET)
                                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("borderWidth", 2)
                                        .add("pointRadius", 0).add("fill", false))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    public BigDecimal getTargetPercent() {
        return CoverageReport.TARGET_PERCENT;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}

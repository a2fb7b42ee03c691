package si.mama.portal.stewardship.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.Coverage;
import si.mama.portal.stewardship.boundary.CoverageReport;

/** This year's coverage of members at a glance, for the office home. */
@Named
@RequestScoped
public class CoverageSummary {

    @Inject
    Coverage coverage;

    @Inject
    Texts texts;

    private CoverageReport report;

    /** "20 of 38 member centres met (52.6 %)". */
    public String getText() {
        return texts.format("stewardship.home.coverage", getReport().met(), getReport().members(), getReport().getPercent());
    }

    public CoverageReport getReport() {
        if (report == null) {
            report = coverage.of(PortalClock.today().getYear());
        }
        return report;
    }
}

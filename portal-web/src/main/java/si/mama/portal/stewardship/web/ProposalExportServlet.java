package si.mama.portal.stewardship.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.export.XlsxExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.web.YearParameter;
import si.mama.portal.stewardship.boundary.Proposals;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A year's proposals from meetings for the office ({@code /office/proposals/export?year=&format=xlsx|pdf}), grouped
 * by plan area like the page: XLSX for the analysis, PDF to hand round.
 */
@WebServlet("/office/proposals/export")
public class ProposalExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient Proposals proposals;

    @Inject
    transient PlanAreas areas;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"xlsx".equals(format) && !"pdf".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int year = YearParameter.of(request.getParameter("year"));
        Locale locale = localeSelector.getLocale();
        ProposalReport report = new ProposalReport(Texts.labels(locale), Texts.formatter(locale));
        List<ProposalGroups.Group> groups = ProposalGroups.of(proposals.ofYear(year), areas::titleOf, areas::positionOf,
                Texts.labels(locale).apply("stewardship.proposals.noArea"));
        byte[] content = "xlsx".equals(format) ? new XlsxExport().render(report.table(year, groups))
                : new PdfExport().render(report.document(year, groups));
        response.setContentType("xlsx".equals(format) ? XLSX : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"predlogi-" + year + "." + format + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

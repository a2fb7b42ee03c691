package si.mama.portal.survey.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.export.CsvExport;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.export.TableModel;
import si.mama.portal.platform.export.XlsxExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.boundary.QuestionnaireResults;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.control.ResponseTable;
import si.mama.portal.survey.control.ResultsReport;
import si.mama.portal.survey.entity.Questionnaire;

import java.io.IOException;
import java.util.Locale;

/**
 * A questionnaire's results for the office ({@code /office/survey/export?id=&format=xlsx|csv|pdf&region=}): the
 * responses one row each as XLSX or CSV, or the results report as PDF (of one region's centres when given).
 */
@WebServlet("/office/survey/export")
public class SurveyExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient Questionnaires questionnaires;

    @Inject
    transient SurveyResults results;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"xlsx".equals(format) && !"csv".equals(format) && !"pdf".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Questionnaire", request.getParameter("id"));
        }
        Locale locale = localeSelector.getLocale();
        byte[] content;
        String type;
        if ("pdf".equals(format)) {
            QuestionnaireResults report = results.results(id, region(request.getParameter("region")));
            content = new PdfExport().render(new ResultsReport(Texts.labels(locale), Texts.formatter(locale)).of(report));
            type = "application/pdf";
        } else {
            Questionnaire questionnaire = questionnaires.find(id);
            TableModel table = new ResponseTable(Texts.labels(locale)).of(questionnaire, results.responses(id));
            content = "xlsx".equals(format) ? new XlsxExport().render(table) : new CsvExport().render(table);
            type = "xlsx".equals(format) ? XLSX : "text/csv; charset=UTF-8";
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"vprasalnik-" + id + "." + format + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static Region region(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Region.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("Region", name);
        }
    }
}

package si.mama.portal.academy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.academy.boundary.Attendances;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.control.ParticipantTable;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.export.CsvExport;
import si.mama.portal.platform.export.TableModel;
import si.mama.portal.platform.export.XlsxExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;

import java.io.IOException;

/**
 * A training's participant and attendance list for the office ({@code /office/attendance/export?training=&format=}),
 * as XLSX for people who keep spreadsheets or CSV for other tools.
 */
@WebServlet("/office/attendance/export")
public class ParticipantExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient Trainings trainings;

    @Inject
    transient Attendances attendances;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long trainingId;
        try {
            trainingId = Long.parseLong(request.getParameter("training"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Training", request.getParameter("training"));
        }
        Training training = trainings.find(trainingId);
        TableModel table = new ParticipantTable(Texts.labels(localeSelector.getLocale()))
                .of(training, trainings.participants(trainingId), attendances.sheet(trainingId));
        byte[] content = "xlsx".equals(format) ? new XlsxExport().render(table) : new CsvExport().render(table);
        response.setContentType("xlsx".equals(format) ? XLSX : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"udelezenci-" + trainingId + "." + format + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

}

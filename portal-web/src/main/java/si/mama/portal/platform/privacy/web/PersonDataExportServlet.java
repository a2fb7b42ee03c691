package si.mama.portal.platform.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.privacy.PersonalData;
import si.mama.portal.platform.privacy.PersonalDataExport;
import si.mama.portal.platform.privacy.PersonalDataJson;
import si.mama.portal.platform.time.PortalClock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Everything the portal holds about one address, for the office admin
 * ({@code /office/person-data/export?email=&format=json|pdf}): JSON in a stable structure, or a PDF to read, in the
 * viewer's language. Never cached: it is one person's data.
 */
@WebServlet("/office/person-data/export")
public class PersonDataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalData personalData;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"json".equals(format) && !"pdf".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PersonalDataExport export;
        try {
            export = personalData.export(request.getParameter("email"));
        } catch (PortalException notAnAddress) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = localeSelector.getLocale();
        byte[] content = "json".equals(format) ? PersonalDataJson.text(export).getBytes(StandardCharsets.UTF_8)
                : new PdfExport().render(new PersonDataReport(locale, Texts.labels(locale), Texts.formatter(locale))
                .document(export));
        response.setContentType("json".equals(format) ? "application/json;charset=UTF-8" : "application/pdf");
        response.setHeader("Cache-Control", "no-store");
        String name = Texts.labels(locale).apply("personalData.fileName") + "-" + LocalDate.now(PortalClock.ZONE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

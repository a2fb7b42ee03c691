package si.mama.portal.academy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.control.CatalogueDocument;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;

import java.io.IOException;
import java.util.Locale;

/** The year's training catalogue as PDF ({@code /academy/catalogue?year=}), for signed-in members and the office. */
@WebServlet("/academy/catalogue")
public class CatalogueExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainings trainings;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year;
        try {
            year = Integer.parseInt(request.getParameter("year"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Catalogue", request.getParameter("year"));
        }
        Locale locale = localeSelector.getLocale();
        byte[] pdf = new PdfExport().render(new CatalogueDocument(Texts.labels(locale), locale)
                .of(year, trainings.printable(year)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"katalog-usposabljanj-" + year + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

}

package si.mama.portal.practice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.practice.boundary.PracticeCatalogue;
import si.mama.portal.practice.boundary.PracticeFilter;
import si.mama.portal.practice.control.PracticeCatalogueDocument;
import si.mama.portal.practice.entity.PartnerType;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The good-practice catalogue as PDF, with the same filters as the page ({@code q}, {@code region}, {@code topic},
 * {@code partner}): {@code /public/practices/export} holds the public practices for anyone;
 * {@code /practices/export} every published one, for signed-in members and the office (the catalogue decides).
 */
@WebServlet(urlPatterns = {"/public/practices/export", "/practices/export"})
public class PracticeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeCatalogue catalogue;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean publicOnly = request.getServletPath().startsWith("/public/") || !catalogue.readsMembersCatalogue();
        PracticeFilter filter = new PracticeFilter(request.getParameter("q"),
                constant(Region.class, request.getParameter("region")), request.getParameter("topic"),
                constant(PartnerType.class, request.getParameter("partner")), publicOnly);
        Locale locale = localeSelector.getLocale();
        Function<String, String> text = Texts.labels(locale);
        String subtitle = text.apply(publicOnly ? "practice.catalogue.publicOnes" : "practice.catalogue.allPublished");
        byte[] pdf = new PdfExport().render(new PracticeCatalogueDocument(text, locale).of(subtitle, catalogue.search(filter)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"katalog-dobrih-praks.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The enum constant a parameter names; an unknown name filters by nothing rather than failing. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElse(null);
    }
}

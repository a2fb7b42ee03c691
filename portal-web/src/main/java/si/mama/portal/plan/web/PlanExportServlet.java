package si.mama.portal.plan.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.boundary.PublishedPlans;
import si.mama.portal.plan.control.PlanDocument;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.platform.export.DocxExport;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;

import java.io.IOException;
import java.util.Locale;

/**
 * The plan as PDF or DOCX, laid out like the original document. {@code /public/plan/export?year=&version=}
 * serves published versions to anyone; {@code /office/plan/export?id=} serves any version to the office
 * (the boundary checks the role). {@code format} is {@code pdf} or {@code docx}.
 */
@WebServlet(urlPatterns = {"/public/plan/export", "/office/plan/export"})
public class PlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    transient PublishedPlans published;

    @Inject
    transient Plans plans;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"pdf".equals(format) && !"docx".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Plan plan = request.getServletPath().startsWith("/office") ? plans.find(number(request, "id"))
                : publishedPlan(request);
        Locale locale = localeSelector.getLocale();
        DocumentModel model = new PlanDocument(Texts.labels(locale), locale).of(plan);
        byte[] content = "pdf".equals(format) ? new PdfExport().render(model) : new DocxExport().render(model);
        String name = "LDN-" + plan.getYear() + (plan.getVersionNo() > 1 ? "-v" + plan.getVersionNo() : "") + "." + format;
        response.setContentType("pdf".equals(format) ? "application/pdf" : DOCX);
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private Plan publishedPlan(HttpServletRequest request) {
        if (request.getParameter("year") == null) {
            return published.latest().orElseThrow(() -> new NotFoundException("Plan", "(none published)"));
        }
        int year = (int) number(request, "year");
        return request.getParameter("version") == null ? published.ofYear(year)
                : published.version(year, (int) number(request, "version"));
    }

    private static long number(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Plan", name + "=" + request.getParameter(name));
        }
    }

}

package si.mama.portal.centre.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.centre.boundary.MembershipFees;
import si.mama.portal.centre.control.FeeTable;
import si.mama.portal.platform.export.XlsxExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.web.YearParameter;

import java.io.IOException;

/** A year's membership fees as a spreadsheet ({@code /office/fees/export?year=&unpaid=true}), as the list shows them. */
@WebServlet("/office/fees/export")
public class FeeExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient MembershipFees fees;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = YearParameter.of(request.getParameter("year"));
        boolean unpaid = "true".equals(request.getParameter("unpaid"));
        byte[] content = new XlsxExport().render(new FeeTable(Texts.labels(localeSelector.getLocale()))
                .of(year, fees.ofYear(year, unpaid).fees()));
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"clanarine-" + year + ".xlsx\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

package si.mama.portal.academy.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.academy.boundary.CertificateView;
import si.mama.portal.academy.boundary.Certificates;
import si.mama.portal.academy.control.CertificateDocument;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;

import java.io.IOException;
import java.util.Locale;

/**
 * The public certificate address {@code /public/certificates/{code}}: the check page (a Faces view), or with
 * {@code .pdf} the certificate itself. Whoever holds the code may see what the certificate says.
 */
@WebServlet("/public/certificates/*")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!path.endsWith(".pdf")) {
            request.getRequestDispatcher("/public/certificate.xhtml?code=" + path.replaceAll("[^A-Za-z0-9]", ""))
                    .forward(request, response);
            return;
        }
        String code = path.substring(0, path.length() - ".pdf".length());
        CertificateView certificate = certificates.verify(code).orElseThrow(() -> new NotFoundException("Certificate", code));
        Locale locale = localeSelector.getLocale();
        String url = request.getRequestURL().toString().replaceFirst("\\.pdf$", "");
        byte[] pdf = new PdfExport().render(new CertificateDocument(Texts.labels(locale), locale).of(certificate, url));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"potrdilo-" + certificate.code() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

}

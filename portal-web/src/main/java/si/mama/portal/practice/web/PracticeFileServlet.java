package si.mama.portal.practice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.practice.boundary.AttachmentDownload;
import si.mama.portal.practice.boundary.PracticeCatalogue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A practice's photo or document ({@code ?practice=&file=}): at {@code /public/practices/file} for the public pages,
 * at {@code /practices/file} for members. The catalogue decides who may read it. Photos are shown in the page,
 * documents are downloaded; the type sent is the one recognised from the content when the file was added, and the
 * browser is told not to guess another.
 */
@WebServlet(urlPatterns = {"/public/practices/file", "/practices/file"})
public class PracticeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeCatalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentDownload file = catalogue.attachment(number(request, "practice"), number(request, "file"));
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", (file.image() ? "inline" : "attachment") + "; filename=\""
                + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private static long number(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Practice file", name + "=" + request.getParameter(name));
        }
    }
}

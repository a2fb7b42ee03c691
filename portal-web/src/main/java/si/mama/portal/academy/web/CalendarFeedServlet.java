package si.mama.portal.academy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.control.CatalogueCalendar;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The academy's iCalendar feed ({@code /public/academy/calendar.ics}) for calendar apps to subscribe to: this
 * and later years' trainings. Public, because a calendar subscription cannot sign in and the catalogue is public.
 */
@WebServlet("/public/academy/calendar.ics")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainings trainings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Texts.labels(Locale.forLanguageTag("sl")).apply("academy.title");
        byte[] feed = CatalogueCalendar.of(name, trainings.forCalendar(PortalClock.today().getYear()))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"akademija.ics\"");
        response.setContentLength(feed.length);
        response.getOutputStream().write(feed);
    }
}

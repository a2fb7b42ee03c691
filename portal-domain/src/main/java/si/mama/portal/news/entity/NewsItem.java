package si.mama.portal.news.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line a feature offers for the news: its section, a title, a short detail that reads the same in every language
 * (a centre's name, a plan's period), the day that matters for it (a registration deadline, a closing day, the
 * month an activity starts, the day of publication) and the portal page, as a path such as
 * {@code /practices/view?id=7}.
 */
public record NewsItem(NewsSection section, String title, String detail, LocalDate date, String linkPath) {

    public static final int TITLE_MAX = 500;
    public static final int DETAIL_MAX = 300;

    public NewsItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(linkPath, "linkPath");
        if (!linkPath.startsWith("/")) {
            throw new IllegalArgumentException("A portal path starts with /: " + linkPath);
        }
        title = cut(title.strip(), TITLE_MAX);
        detail = detail == null || detail.isBlank() ? null : cut(detail.strip(), DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

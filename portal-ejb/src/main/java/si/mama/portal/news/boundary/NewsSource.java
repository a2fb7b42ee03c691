package si.mama.portal.news.boundary;

import si.mama.portal.news.entity.NewsItem;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly news's one extension point, like the plan's measures: a feature offers what is new or open in it as
 * {@link NewsItem}s, and the news knows no feature's tables. Each feature contributes a CDI bean. A source offers
 * network data only, what every member may read (published trainings, practices and plans, questionnaires sent
 * to centres), never a centre's own data (drafts, responses, registrations).
 */
public interface NewsSource {

    /**
     * The items for an issue gathered on {@code to} (today), covering what happened since {@code from} (the day the
     * last issue went out): new things published in {@code from..to}, and things open or coming up as of {@code to}.
     */
    List<NewsItem> since(LocalDate from, LocalDate to);
}

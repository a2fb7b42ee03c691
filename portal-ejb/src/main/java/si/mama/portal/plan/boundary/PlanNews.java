package si.mama.portal.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.news.boundary.NewsSource;
import si.mama.portal.news.entity.NewsItem;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.plan.entity.PlanActivity;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan's lines for the weekly news: the activities of the year's published plan that start in the coming month
 * (the month after the day of gathering), each linking to the plan's activities of that month. A plan in the making
 * is never read.
 */
@ApplicationScoped
public class PlanNews implements NewsSource {

    @Inject
    PublishedPlans plans;

    @Override
    public List<NewsItem> since(LocalDate from, LocalDate to) {
        LocalDate month = to.plusMonths(1).withDayOfMonth(1);
        if (plans.versionsOf(month.getYear()).isEmpty()) {
            return List.of();
        }
        return plans.ofYear(month.getYear()).getActivities().stream()
                .filter(activity -> activity.getMonthFrom() != null && activity.getMonthFrom() == month.getMonthValue())
                .map(activity -> item(activity, month))
                .toList();
    }

    private static NewsItem item(PlanActivity activity, LocalDate month) {
        return new NewsItem(NewsSection.PLAN, activity.getTitle(), activity.getPeriodLabel(), month,
                "/plan?year=" + month.getYear() + "&month=" + month.getMonthValue());
    }
}

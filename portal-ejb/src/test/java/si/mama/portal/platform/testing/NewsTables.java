package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The weekly news's tables for a test, with plain JDBC. Only one issue may exist per week and the news goes to every
 * subscriber, so a news test starts from no issue of the week and no subscriber (whatever an earlier run left).
 */
@ApplicationScoped
public class NewsTables {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void forgetWeekOfAndSubscribers(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement issue = connection.prepareStatement("delete from news_issue where iso_year = ? and iso_week = ?");
             Statement subscribers = connection.createStatement()) {
            issue.setInt(1, day.get(IsoFields.WEEK_BASED_YEAR));
            issue.setInt(2, day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            issue.executeUpdate();
            subscribers.executeUpdate("delete from news_subscription");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the news tables", e);
        }
    }
}

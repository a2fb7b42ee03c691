package si.mama.portal.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import si.mama.portal.news.entity.NewsItem;

import java.time.LocalDate;
import java.util.List;

/** Every feature's {@link NewsSource}, asked together. */
@ApplicationScoped
public class NewsSources {

    @Inject
    @Any
    Instance<NewsSource> all;

    public List<NewsItem> since(LocalDate from, LocalDate to) {
        return all.stream().flatMap(source -> source.since(from, to).stream()).toList();
    }
}

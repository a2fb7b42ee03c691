package si.mama.portal.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

/** Month names in the page's language ({@code #{monthNames.full(3)}} is "marec" or "March"). */
@Named
@ApplicationScoped
public class MonthNames {

    private static final List<Integer> MONTHS = IntStream.rangeClosed(1, 12).boxed().toList();

    public List<Integer> getAll() {
        return MONTHS;
    }

    public String full(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale());
    }

    public String abbreviated(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale());
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

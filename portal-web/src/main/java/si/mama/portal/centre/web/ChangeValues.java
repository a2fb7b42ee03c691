package si.mama.portal.centre.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import si.mama.portal.platform.i18n.Texts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a value of the change history in the reader's language: the bundle keys it holds (statuses, regions, yes/no,
 * contact roles) become their labels, ISO dates dates of the locale and amounts in euro the locale's money ({@code #{changeValues.text(v)}}).
 */
@Named
@ApplicationScoped
public class ChangeValues {

    private static final Pattern TOKEN = Pattern.compile("\\b(?:(?:membership|region)\\.[A-Za-z_.]*[A-Za-z_]"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d+\\.\\d{2} EUR)\\b");

    public String text(String raw) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return render(raw, Texts.labels(locale), locale);
    }

    static String render(String raw, Function<String, String> labels, Locale locale) {
        if (raw == null) {
            return "—";
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Matcher token = TOKEN.matcher(raw);
        StringBuilder text = new StringBuilder();
        while (token.find()) {
            String found = token.group();
            String shown;
            if (found.endsWith(" EUR")) {
                shown = money(found.substring(0, found.length() - 4), locale);
            } else if (Character.isDigit(found.charAt(0))) {
                shown = dates.format(LocalDate.parse(found));
            } else {
                shown = labels.apply(found);
            }
            token.appendReplacement(text, Matcher.quoteReplacement(shown));
        }
        token.appendTail(text);
        return text.toString();
    }

    /** "150.00" as the reader's currency format: 150,00 € in Slovenian, €150.00 in English. */
    private static String money(String amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(new BigDecimal(amount));
    }
}

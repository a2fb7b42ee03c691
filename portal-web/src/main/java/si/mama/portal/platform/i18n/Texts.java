package si.mama.portal.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import si.mama.portal.platform.error.PortalException;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves bundle keys in the page's language and adds them as Faces messages. Texts are ICU message
 * patterns, so counts use the language's plural rules (Slovenian has one, two, few and other:
 * "1 članica, 2 članici, 3 članice, 5 članic"); pages use {@code #{texts.count('key', n)}}.
 */
@Named
@ApplicationScoped
public class Texts {

    public static final String BUNDLE = "si.mama.portal.platform.i18n.messages";

    /**
     * The bundle's texts for {@code locale} as a lookup, for code outside a Faces request (exports, servlets);
     * a missing key comes back as itself rather than failing the export.
     */
    public static java.util.function.Function<String, String> labels(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException missing) {
                return key;
            }
        };
    }

    /** The bundle's messages for {@code locale}, formatted with arguments, for code outside a Faces request. */
    public static java.util.function.BiFunction<String, Object[], String> formatter(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return (key, arguments) -> {
            try {
                return format(bundle.getString(key), locale, arguments);
            } catch (MissingResourceException missing) {
                return key;
            }
        };
    }

    public String format(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            return format(bundle.getString(key), locale, arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /** A count with its noun in the right plural form, e.g. {@code count("office.memberCount", 36)}. */
    public String count(String key, long count) {
        return format(key, count);
    }

    /** Formats with ICU; a {@link java.time.LocalDate} argument reads as a date of the locale ("26. november 2026"). */
    static String format(String pattern, Locale locale, Object... arguments) {
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof java.time.LocalDate date) {
                readable[i] = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(locale).format(date);
            }
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(readable);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** An information message that survives the redirect an action is about to return. */
    public void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows a business refusal next to its field (by component id within {@code formId}) or for the whole page. */
    public void error(PortalException refusal, String formId) {
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = format(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}

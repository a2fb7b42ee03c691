package si.mama.portal.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the pages: Slovenian first, English second; chosen per session. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
    public static final List<Locale> SUPPORTED = List.of(SLOVENIAN, Locale.ENGLISH);

    private Locale locale = SLOVENIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and reloads the same page with its parameters. */
    public String switchTo(String language) {
        SUPPORTED.stream().filter(candidate -> candidate.getLanguage().equals(language)).findFirst()
                .ifPresent(chosen -> locale = chosen);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}

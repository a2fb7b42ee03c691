package si.mama.portal.platform.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A feature's mail templates: a properties bundle per language (Slovenian the default file, English beside it),
 * formatted with {@link MessageFormat}. A missing language never falls back to the server's locale.
 */
public final class MailTemplates {

    private final String bundleName;
    private final ClassLoader loader;

    public MailTemplates(String bundleName, Class<?> owner) {
        this.bundleName = bundleName;
        this.loader = owner.getClassLoader();
    }

    public ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(bundleName, language, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The template {@code key} in {@code language}, filled with the arguments. */
    public String format(Locale language, String key, Object... arguments) {
        return new MessageFormat(bundle(language).getString(key), language).format(arguments);
    }
}

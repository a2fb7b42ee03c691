package si.mama.portal.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import si.mama.portal.platform.error.PortalException;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves bundle keys in the page's language and adds them as Faces messages. */
@ApplicationScoped
public class Texts {

    public static final String BUNDLE = "si.mama.portal.platform.i18n.messages";

    public String format(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
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

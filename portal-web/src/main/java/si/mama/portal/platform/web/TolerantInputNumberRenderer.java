package si.mama.portal.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

import java.util.ResourceBundle;

/**
 * PrimeFaces' number input, except that a value that is not a number at all (only a tampered request sends one: the
 * browser's widget sends digits) is refused next to its field like any wrong value, instead of failing the request
 * with a server error.
 */
public class TolerantInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException | NumberFormatException notANumber) {
            UIInput input = (UIInput) component;
            input.setSubmittedValue(null);
            input.setValid(false);
            String text = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), context.getViewRoot().getLocale())
                    .getString("jakarta.faces.converter.LongConverter.CONVERSION");
            context.addMessage(component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
        }
    }
}

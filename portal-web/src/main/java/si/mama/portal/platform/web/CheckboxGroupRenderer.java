package si.mama.portal.platform.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.selectmanycheckbox.SelectManyCheckboxRenderer;

/**
 * PrimeFaces' p:selectManyCheckbox with {@code required="true"} writes {@code aria-required} on the element around
 * its checkboxes, a plain div, where ARIA does not allow it (axe-core: aria-allowed-attr, critical). A group of
 * checkboxes has no ARIA "required" state: its label shows the required mark and a missing choice is said next to
 * the group, as before. The rest of the markup is PrimeFaces' own; registered in faces-config.xml.
 */
public class CheckboxGroupRenderer extends SelectManyCheckboxRenderer {

    @Override
    protected void renderARIARequired(FacesContext context, UIInput component) {
        // nothing: see the class comment
    }
}

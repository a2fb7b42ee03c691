package si.mama.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.tenancy.CurrentUser;

/** The landing page {@code /}: sends each signed-in user to their home. */
@Named
@RequestScoped
public class Landing {

    @Inject
    CurrentUser currentUser;

    public String route() {
        return switch (currentUser.caller().kind()) {
            case OFFICE -> "/office/index?faces-redirect=true";
            case CENTRE -> "/centre/index?faces-redirect=true";
            case UNLINKED, ANONYMOUS -> "/unlinked?faces-redirect=true";
        };
    }
}

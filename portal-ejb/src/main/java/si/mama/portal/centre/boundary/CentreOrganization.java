package si.mama.portal.centre.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.identity.PortalAccounts;

/**
 * A new member centre gets its Keycloak organization (alias = the centre's alias) while it is being admitted: if
 * Keycloak refuses or does not answer, the centre is not stored either, and the office admin is told why.
 */
@ApplicationScoped
public class CentreOrganization {

    @Inject
    PortalAccounts accounts;

    void create(@Observes CentreAdmitted admitted) throws PortalException {
        accounts.ensureOrganization(admitted.alias(), admitted.name());
    }
}

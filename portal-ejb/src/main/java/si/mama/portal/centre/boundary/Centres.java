package si.mama.portal.centre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.StaffRequests;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.Optional;

/** A centre user's own centre, and the link from a Keycloak organization to its centre at sign-in. */
@Stateless
public class Centres {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The centre linked to a Keycloak organization alias, if there is one. */
    public Optional<Caller.CentreRef> linkedTo(String organizationAlias) {
        String alias;
        try {
            alias = Centre.normaliseAlias(organizationAlias);
        } catch (IllegalArgumentException | NullPointerException notAnAlias) {
            return Optional.empty();
        }
        return em.createNamedQuery("Centre.byAlias", Centre.class)
                .setParameter("alias", alias)
                .getResultStream()
                .findFirst()
                .map(centre -> new Caller.CentreRef(centre.getId(), centre.getAlias(), centre.getName()));
    }

    /** The current user's own centre. */
    public Centre mine() {
        long id = currentUser.centreId();
        Centre centre = em.find(Centre.class, id);
        if (centre == null) {
            throw new NotFoundException("Centre", id);
        }
        return centre;
    }

    /** The centre admin sets how the centre's staff may ask to be registered for trainings. */
    public Centre changeStaffRequests(StaffRequests staffRequests) {
        currentUser.require(Role.CENTRE_ADMIN);
        Centre centre = mine();
        centre.changeStaffRequests(staffRequests);
        return centre;
    }
}

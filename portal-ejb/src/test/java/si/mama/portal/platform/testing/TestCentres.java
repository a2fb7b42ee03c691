package si.mama.portal.platform.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.security.Caller;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Creates centres for a test. Every call makes a new centre with a unique alias, so a test owns its
 * centres and never depends on another test, on test order or on data left by an earlier build.
 */
@Stateless
public class TestCentres {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A new centre; {@code label} only makes the alias readable in the database ("it-a-1f3c..."). */
    public Caller.CentreRef create(String label) {
        return create(label, MembershipStatus.CANDIDATE);
    }

    /** A new centre that is a member of the network (new centres start as candidates). */
    public Caller.CentreRef createMember(String label) {
        return create(label, MembershipStatus.MEMBER);
    }

    /** A new member centre in {@code region}, for tests that filter by region. */
    public Caller.CentreRef createMember(String label, Region region) {
        return create(label, MembershipStatus.MEMBER, region);
    }

    private Caller.CentreRef create(String label, MembershipStatus status) {
        return create(label, status, Region.SAVINJSKA);
    }

    private Caller.CentreRef create(String label, MembershipStatus status, Region region) {
        String alias = "it-" + label + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Centre centre = new Centre(alias, "Testni center " + label.toUpperCase(), "Celje", region);
        if (status != centre.getMembershipStatus()) {
            centre.changeMembership(status, LocalDate.of(2020, 1, 1), null, LocalDate.now());
        }
        em.persist(centre);
        em.flush();
        return new Caller.CentreRef(centre.getId(), centre.getAlias(), centre.getName());
    }

    /** Gives a centre the address its mails (e.g. staff requests) go to. */
    public void setEmail(Caller.CentreRef centre, String email) {
        em.find(Centre.class, centre.id()).changeContact(email, null, null);
    }
}

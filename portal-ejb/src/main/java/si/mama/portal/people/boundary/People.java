package si.mama.portal.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import si.mama.portal.people.entity.Person;
import si.mama.portal.people.entity.PersonDetails;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A centre's own staff: listed by everyone of the centre, kept up to date by its centre admin.
 * Runs under the tenant filter: another centre's people are invisible here, by id or by query.
 */
@Stateless
@CentreScoped
public class People {

    private static final Map<String, String> SORTABLE = Map.of(
            "lastName", "p.lastName",
            "firstName", "p.firstName",
            "email", "p.email",
            "position", "p.position",
            "employmentType", "p.employmentType");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CentreAccounts accounts;

    public Page<Person> list(PersonQuery query, int first, int max) {
        requireCentreRole();
        String where = " where (:text is null or lower(p.firstName) like :text or lower(p.lastName) like :text"
                + " or lower(p.email) like :text or lower(p.position) like :text)"
                + " and (:all = true or p.active = true)";
        TypedQuery<Person> rows = em.createQuery("select p from Person p" + where
                + " order by " + query.sorting().orderBy(SORTABLE, "lastName") + ", p.firstName, p.id", Person.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Person p" + where, Long.class);
        for (TypedQuery<?> each : List.of(rows, count)) {
            each.setParameter("text", query.textPattern()).setParameter("all", query.includeInactive());
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    /**
     * The signed-in user's own person record: the centre's active person with the verified e-mail address the
     * user signed in with. Empty for a user the centre has not listed (or whose address is not verified).
     */
    public Optional<Person> signedInPerson() {
        requireCentreRole();
        return currentUser.caller().verifiedEmail().flatMap(email -> em.createNamedQuery("Person.byEmail", Person.class)
                .setParameter("email", email).getResultStream().filter(Person::isActive).findFirst());
    }

    public Person find(long id) {
        requireCentreRole();
        return load(id);
    }

    public Person add(PersonDetails details) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        requireUniqueEmail(details.email(), -1L);
        Person person = new Person(details);
        em.persist(person);
        flushGuardingEmail(details.email());
        return person;
    }

    /** Saves an edit made on {@code version}; refuses when someone else saved in between. */
    public Person update(long id, long version, PersonDetails details) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Person person = load(id);
        if (person.getVersion() != version) {
            throw new PortalException("people.error.changedMeanwhile", null, person.getFullName());
        }
        requireUniqueEmail(details.email(), id);
        PortalException.guard(() -> person.update(details));
        flushGuardingEmail(details.email());
        return person;
    }

    /** The person left the centre: inactive here, and their portal account (if any) turned off in the same step. */
    public Person deactivate(long id) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Person person = load(id);
        person.deactivate();
        accounts.personLeft(person);
        return person;
    }

    /** A person who came back; never one whose data the office erased. */
    public Person reactivate(long id) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Person person = load(id);
        PortalException.guard(person::reactivate);
        return person;
    }

    /**
     * The database decides the races the checks above cannot: the unique key when two admins add the same
     * e-mail at the same moment, the version column when two save the same person.
     */
    private void flushGuardingEmail(String email) throws PortalException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PortalException("people.error.changedMeanwhile", null, email);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new PortalException("people.error.emailTaken", "email", email);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Person load(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        return person;
    }

    private void requireCentreRole() {
        currentUser.require(Role.CENTRE_ADMIN, Role.CENTRE_STAFF);
    }

    private void requireUniqueEmail(String email, long exceptId) throws PortalException {
        long taken = em.createNamedQuery("Person.countByEmail", Long.class)
                .setParameter("email", email)
                .setParameter("id", exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new PortalException("people.error.emailTaken", "email", email);
        }
    }
}

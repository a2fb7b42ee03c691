package si.mama.portal.platform.privacy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.people.entity.PersonErasure;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.identity.KeycloakAccount;
import si.mama.portal.platform.identity.PortalAccounts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office admin's personal-data requests about one person, found by e-mail address in every centre: the export of
 * everything the portal holds (every feature's {@link PersonalDataSource} and the Keycloak account), and the erasure of
 * a person who left. The erasure is one transaction over every feature, and the account is deleted last in it: a
 * Keycloak that does not answer rolls everything back (nothing erased, try again), and a commit that fails after the
 * account is gone leaves the data of a person who had left anyway, which the next attempt erases.
 */
@Stateless
public class PersonalData {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalAccounts accounts;

    @Inject
    PersonalDataSql sql;

    @Inject
    @Any
    Instance<PersonalDataSource> sources;

    /** What the portal holds about the address; the account part says when Keycloak could not be asked. */
    public PersonalDataExport export(String email) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        String address = address(email);
        List<DataSubject.PersonRow> people = people(address, false);
        PersonalDataExport.AccountLookup lookup = PersonalDataExport.AccountLookup.NOT_MANAGED;
        Optional<KeycloakAccount> account = Optional.empty();
        DataSection.Builder accountSection = DataSection.of("account", "username", "enabled", "passwordPending",
                "createdAt", "organizations", "roles");
        if (accounts.isEnabled()) {
            try {
                account = accounts.byEmail(address);
                if (account.isPresent()) {
                    KeycloakAccount found = account.get();
                    accountSection.row(found.username(), found.enabled(), found.passwordPending(), found.created(),
                            String.join(", ", accounts.organizationsOf(found)), String.join(", ", accounts.rolesOf(found)));
                }
                lookup = PersonalDataExport.AccountLookup.DONE;
            } catch (PortalException unavailable) {
                lookup = PersonalDataExport.AccountLookup.UNAVAILABLE;
                account = Optional.empty();
            }
        }
        DataSubject subject = subject(address, people, account);
        List<DataSection> sections = new ArrayList<>();
        sections.add(accountSection.build());
        ordered().forEach(source -> sections.addAll(source.export(subject)));
        return new PersonalDataExport(address, Instant.now(), currentUser.getUsername(), lookup, people, sections);
    }

    /**
     * Erases the person with this address, who must have left every centre that lists them: every feature's part,
     * the Keycloak account last, and a record that it happened. Returns the placeholder the person's rows now carry.
     */
    public String erase(String email) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        String address = address(email);
        List<DataSubject.PersonRow> people = people(address, true);
        if (people.isEmpty()) {
            throw new PortalException("personalData.error.nobody", null, address);
        }
        List<DataSubject.PersonRow> active = people.stream().filter(DataSubject.PersonRow::active).toList();
        if (!active.isEmpty()) {
            throw new PortalException("personalData.error.active", null, active.get(0).fullName(),
                    active.stream().map(DataSubject.PersonRow::centreName).collect(Collectors.joining(", ")));
        }
        Optional<KeycloakAccount> account = accounts.byEmail(address);
        if (account.isPresent()) {
            requireOwnAccount(account.get(), people);
        }
        DataSubject subject = subject(address, people, account);
        List<PersonalDataSource> ordered = ordered();
        for (PersonalDataSource source : ordered) {
            source.checkErasable(subject);
        }
        for (PersonalDataSource source : ordered) {
            source.erase(subject);
        }
        Instant now = Instant.now();
        for (DataSubject.PersonRow person : people) {
            em.persist(new PersonErasure(person.id(), person.centreId(), now, currentUser.getUsername(), account.isPresent()));
        }
        em.flush(); // every row is written before the one step that cannot be rolled back
        if (account.isPresent()) {
            accounts.delete(account.get());
        }
        return subject.placeholderName();
    }

    /** One erasure as the office reads it: the person row's id and centre, when, by whom, and the account. */
    public record ErasureRow(long personId, long centreId, String centreName, Instant erasedAt, String erasedBy,
                             boolean accountDeleted) implements java.io.Serializable {
    }

    /** The latest erasures, newest first: the proof that they happened, without who the people were. */
    public List<ErasureRow> erasures(int max) {
        currentUser.require(Role.OFFICE_ADMIN);
        return em.createQuery("select e, c.name from PersonErasure e, Centre c where c.id = e.centreId"
                        + " order by e.erasedAt desc, e.id desc", Object[].class)
                .setMaxResults(max).getResultStream()
                .map(row -> {
                    PersonErasure erasure = (PersonErasure) row[0];
                    return new ErasureRow(erasure.getPersonId(), erasure.getCentreId(), (String) row[1],
                            erasure.getErasedAt(), erasure.getErasedBy(), erasure.isAccountDeleted());
                })
                .toList();
    }

    /**
     * The account is deleted only if it is this person's: not an office account, and in no centre other than the
     * ones that list the person.
     */
    private void requireOwnAccount(KeycloakAccount account, List<DataSubject.PersonRow> people) throws PortalException {
        boolean office = accounts.rolesOf(account).stream()
                .anyMatch(name -> Role.fromTokenName(name).map(Role::isOffice).orElse(false));
        Set<String> centres = people.stream().map(DataSubject.PersonRow::centreAlias).collect(Collectors.toSet());
        if (office || !centres.containsAll(accounts.organizationsOf(account))) {
            throw new PortalException("personalData.error.accountElsewhere", null, account.username());
        }
    }

    private List<PersonalDataSource> ordered() {
        return sources.stream().sorted(Comparator.comparingInt(PersonalDataSource::order)).toList();
    }

    /** Every centre's row for the address; for an erasure, locked until the transaction ends. */
    private List<DataSubject.PersonRow> people(String address, boolean lock) {
        return sql.rows("select p.id, p.centre_id, c.name, c.alias, p.first_name, p.last_name, p.active,"
                        + " p.erased_at is not null from person p join centre c on c.id = p.centre_id"
                        + " where p.email = ? order by p.id" + (lock ? " for update" : ""), address).stream()
                .map(row -> new DataSubject.PersonRow(PersonalDataSql.number(row[0]), PersonalDataSql.number(row[1]),
                        (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                        PersonalDataSql.bool(row[6]), PersonalDataSql.bool(row[7])))
                .toList();
    }

    private static DataSubject subject(String address, List<DataSubject.PersonRow> people, Optional<KeycloakAccount> account) {
        Set<String> usernames = new LinkedHashSet<>();
        usernames.add(address);
        Set<String> names = new LinkedHashSet<>();
        people.forEach(person -> names.add(person.fullName()));
        account.ifPresent(found -> {
            if (found.username() != null) {
                usernames.add(found.username());
            }
            if (found.firstName() != null && found.lastName() != null) {
                names.add(found.displayName());
            }
        });
        return new DataSubject(address, people, usernames, names, Set.of());
    }

    private static String address(String email) throws PortalException {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new PortalException("personalData.error.email", "email", email == null ? "" : email);
        }
        return address;
    }
}

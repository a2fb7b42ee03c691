package si.mama.portal;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.centre.boundary.CentreDirectory;
import si.mama.portal.centre.boundary.CentreFilter;
import si.mama.portal.centre.boundary.Centres;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.boundary.PersonQuery;
import si.mama.portal.people.entity.Person;
import si.mama.portal.people.entity.PersonDetails;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.paging.Sorting;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.DatabaseProbe;
import si.mama.portal.platform.testing.DatabaseProbe.PersonRow;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.people.entity.EmploymentType.DIRECTOR;
import static si.mama.portal.people.entity.EmploymentType.VOLUNTEER;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeStaff;
import static si.mama.portal.platform.testing.Callers.unlinkedCentreAdmin;
import static si.mama.portal.platform.testing.PersonDetailsBuilder.aPerson;

/**
 * The services of portal-ejb in Payara Micro against a real MariaDB: schema migrations, the people
 * service and, above all, tenant isolation between centres. One class on purpose: every Arquillian
 * deployment starts its own Payara Micro. Each test makes its own centres (unique aliases), signs in
 * through {@link CurrentUser} as the web layer does, and checks the database with plain JDBC.
 */
@ExtendWith(ArquillianExtension.class)
public class PortalServicesIT {

    private static final int PAGE = 100;

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(PortalServicesIT.class);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    TestCentres centres;

    @Inject
    CentreDirectory directory;

    @Inject
    Centres ownCentre;

    @Inject
    DatabaseProbe database;

    // ---------------------------------------------------------------- schema

    @Test
    void migrationsCreateCentresAndPeopleWithOneEmailPerCentre() {
        assertTrue(database.appliedSchemaVersions().contains("1"), "Flyway history: " + database.appliedSchemaVersions());
        assertTrue(database.tables().containsAll(Set.of("centre", "person")), "tables: " + database.tables());
        assertTrue(database.uniqueKeys("person").containsValue(List.of("centre_id", "email")),
                "unique keys of person: " + database.uniqueKeys("person"));
        assertTrue(database.uniqueKeys("centre").containsValue(List.of("alias")),
                "unique keys of centre: " + database.uniqueKeys("centre"));
    }

    // ---------------------------------------------------------------- people, as the centre's admin

    @Test
    void anAddedPersonIsStoredNormalisedAndActive() throws PortalException {
        Caller.CentreRef centre = centres.create("a");
        signInAs(centreAdmin(centre));

        Person added = people.add(aPerson().named(" Maja ", "Kralj").withEmail("Maja.Kralj@Centre.Example.org")
                .withPosition("prostovoljka").employedAs(VOLUNTEER).build());

        PersonRow row = database.person(added.getId());
        assertAll(
                () -> assertEquals(centre.id(), row.centreId()),
                () -> assertEquals("Maja", row.firstName()),
                () -> assertEquals("Kralj", row.lastName()),
                () -> assertEquals("maja.kralj@centre.example.org", row.email()),
                () -> assertEquals("prostovoljka", row.position()),
                () -> assertEquals("VOLUNTEER", row.employmentType()),
                () -> assertTrue(row.active()),
                () -> assertTrue(Duration.between(row.updatedAt().toInstant(), Instant.now()).abs().toMinutes() < 5,
                        "updated_at is a real timestamp of now: " + row.updatedAt()));
    }

    @Test
    void listSearchesTheCentresPeopleByNameEmailAndPosition() throws PortalException {
        signInAs(centreAdmin(centres.create("a")));
        Person maja = people.add(aPerson().named("Maja", "Kralj").withPosition("vodja projektov").build());
        Person tilen = people.add(aPerson().named("Tilen", "Zorko").withPosition("prostovoljec").build());
        Person nina = people.add(aPerson().named("Nina", "Petek").withEmail("npetek@mc.example.org").build());

        assertEquals(List.of(maja.getId(), nina.getId(), tilen.getId()), ids(people.list(PersonQuery.activeByName(), 0, PAGE)));
        assertEquals(List.of(tilen.getId()), ids(list("ZORKO", false)), "last name, any case");
        assertEquals(List.of(maja.getId()), ids(list("projekt", false)), "position");
        assertEquals(List.of(nina.getId()), ids(list("npetek@", false)), "e-mail");
        assertEquals(List.of(), ids(list("nobody-by-this-name", false)));
        assertEquals(1, list("maja", false).total());
    }

    @Test
    void deactivatedPeopleAreHiddenUnlessAskedForAndReturnWhenReactivated() throws PortalException {
        signInAs(centreAdmin(centres.create("a")));
        Person maja = people.add(aPerson().named("Maja", "Kralj").build());
        Person tilen = people.add(aPerson().named("Tilen", "Zorko").build());

        people.deactivate(tilen.getId());
        assertFalse(database.person(tilen.getId()).active());
        assertEquals(List.of(maja.getId()), ids(list(null, false)));
        assertEquals(1, list(null, false).total());
        assertEquals(List.of(maja.getId(), tilen.getId()), ids(list(null, true)));

        people.reactivate(tilen.getId());
        assertTrue(database.person(tilen.getId()).active());
        assertEquals(List.of(maja.getId(), tilen.getId()), ids(list(null, false)));
    }

    @Test
    void findReturnsAPersonOfTheOwnCentre() throws PortalException {
        signInAs(centreAdmin(centres.create("a")));
        PersonDetails details = aPerson().named("Maja", "Kralj").withPosition("direktorica").employedAs(DIRECTOR).build();
        Person added = people.add(details);

        Person found = people.find(added.getId());

        assertEquals(added.getId(), found.getId());
        assertEquals(details, found.details());
        assertTrue(found.isActive());
    }

    @Test
    void anUpdateMadeOnTheCurrentVersionIsSaved() throws PortalException {
        signInAs(centreAdmin(centres.create("a")));
        Person added = people.add(aPerson().named("Maja", "Kralj").build());

        Person updated = people.update(added.getId(), added.getVersion(), aPerson().named("Maja", "Kralj Novak")
                .withEmail("maja.novak@centre.example.org").withPosition("direktorica").employedAs(DIRECTOR).build());

        PersonRow row = database.person(added.getId());
        assertAll(
                () -> assertEquals("Kralj Novak", row.lastName()),
                () -> assertEquals("maja.novak@centre.example.org", row.email()),
                () -> assertEquals("direktorica", row.position()),
                () -> assertEquals("DIRECTOR", row.employmentType()),
                () -> assertTrue(row.version() > added.getVersion(), "version " + row.version() + " after " + added.getVersion()),
                () -> assertEquals(updated.getVersion(), row.version()));
    }

    @Test
    void anUpdateMadeOnAStaleVersionIsRefusedAndChangesNothing() throws PortalException {
        signInAs(centreAdmin(centres.create("a")));
        Person added = people.add(aPerson().named("Maja", "Kralj").build());
        people.update(added.getId(), added.getVersion(), aPerson().named("Maja", "Kralj").withPosition("direktorica").build());
        PersonRow afterFirstEdit = database.person(added.getId());

        PortalException refused = assertThrows(PortalException.class, () -> people.update(added.getId(),
                added.getVersion(), aPerson().named("Maja", "Zorko").withPosition("prostovoljka").build()));

        assertEquals("people.error.changedMeanwhile", refused.messageKey());
        assertEquals(afterFirstEdit, database.person(added.getId()));
    }

    @Test
    void anEmailAlreadyUsedInTheSameCentreIsRefused() throws PortalException {
        Caller.CentreRef centre = centres.create("a");
        signInAs(centreAdmin(centre));
        people.add(aPerson().named("Maja", "Kralj").withEmail("info@centre.example.org").build());

        PortalException refused = assertThrows(PortalException.class,
                () -> people.add(aPerson().named("Tilen", "Zorko").withEmail("INFO@centre.example.org").build()));

        assertEquals("people.error.emailTaken", refused.messageKey());
        assertEquals("email", refused.field());
        assertEquals(List.of("Kralj"), database.peopleOf(centre.id()).stream().map(PersonRow::lastName).toList());
    }

    @Test
    void changingAnEmailToOneUsedInTheSameCentreIsRefused() throws PortalException {
        signInAs(centreAdmin(centres.create("a")));
        people.add(aPerson().named("Maja", "Kralj").withEmail("info@centre.example.org").build());
        Person tilen = people.add(aPerson().named("Tilen", "Zorko").build());
        PersonRow before = database.person(tilen.getId());

        PortalException refused = assertThrows(PortalException.class, () -> people.update(tilen.getId(),
                tilen.getVersion(), aPerson().named("Tilen", "Zorko").withEmail("info@centre.example.org").build()));

        assertEquals("people.error.emailTaken", refused.messageKey());
        assertEquals(before, database.person(tilen.getId()));
    }

    @Test
    void anEmailUsedInAnotherCentreIsAllowed() throws PortalException {
        Caller.CentreRef a = centres.create("a");
        Caller.CentreRef b = centres.create("b");
        String email = "shared-" + a.alias() + "@example.org";
        signInAs(centreAdmin(a));
        people.add(aPerson().named("Maja", "Kralj").withEmail(email).build());

        signInAs(centreAdmin(b));
        people.add(aPerson().named("Maja", "Kralj").withEmail(email).build());

        assertEquals(List.of(a.id(), b.id()), database.peopleWithEmail(email).stream().map(PersonRow::centreId).toList());
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void centreStaffMayListButNotChangeTheCentresPeople() throws PortalException {
        Caller.CentreRef centre = centres.create("a");
        signInAs(centreAdmin(centre));
        Person maja = people.add(aPerson().named("Maja", "Kralj").build());
        List<PersonRow> before = database.peopleOf(centre.id());

        signInAs(centreStaff(centre));

        assertEquals(List.of(maja.getId()), ids(list(null, false)));
        assertEquals(maja.getId(), people.find(maja.getId()).getId());
        assertAll(
                () -> assertThrows(AccessDeniedException.class, () -> people.add(aPerson().named("Tilen", "Zorko").build())),
                () -> assertThrows(AccessDeniedException.class, () -> people.update(maja.getId(), maja.getVersion(),
                        aPerson().named("Maja", "Zorko").build())),
                () -> assertThrows(AccessDeniedException.class, () -> people.deactivate(maja.getId())));
        assertEquals(before, database.peopleOf(centre.id()));
    }

    @Test
    void anOfficeUserHasNoCentreDataInThePeopleService() throws PortalException {
        Caller.CentreRef centre = centres.create("a");
        signInAs(centreAdmin(centre));
        Person maja = people.add(aPerson().named("Maja", "Kralj").build());
        List<PersonRow> before = database.peopleOf(centre.id());

        signInAs(officeStaff());

        assertRefusedEverything(maja);
        assertEquals(before, database.peopleOf(centre.id()));
    }

    @Test
    void aUserNotLinkedToOneCentreHasNoCentreData() throws PortalException {
        Caller.CentreRef centre = centres.create("a");
        signInAs(centreAdmin(centre));
        Person maja = people.add(aPerson().named("Maja", "Kralj").build());
        List<PersonRow> before = database.peopleOf(centre.id());

        signInAs(unlinkedCentreAdmin());
        assertRefusedEverything(maja);
        signInAs(Caller.anonymous());
        assertRefusedEverything(maja);

        assertEquals(before, database.peopleOf(centre.id()));
    }

    private void assertRefusedEverything(Person person) {
        String who = currentUser.caller().kind().name();
        assertAll(who,
                () -> assertThrows(AccessDeniedException.class, () -> list(null, true)),
                () -> assertThrows(AccessDeniedException.class, () -> people.find(person.getId())),
                () -> assertThrows(AccessDeniedException.class, () -> people.add(aPerson().named("Tilen", "Zorko").build())),
                () -> assertThrows(AccessDeniedException.class, () -> people.update(person.getId(), person.getVersion(),
                        aPerson().named("Maja", "Zorko").build())),
                () -> assertThrows(AccessDeniedException.class, () -> people.deactivate(person.getId())),
                () -> assertThrows(AccessDeniedException.class, () -> people.reactivate(person.getId())));
    }

    // ---------------------------------------------------------------- tenant isolation

    /** Centre A and centre B, each with people; B has an active and an inactive person. A's admin is signed in. */
    private record TwoCentres(Caller.CentreRef a, Caller.CentreRef b, long aPerson, long bActive, long bInactive) {
    }

    private TwoCentres twoCentresSignedInAsA() throws PortalException {
        Caller.CentreRef a = centres.create("a");
        Caller.CentreRef b = centres.create("b");
        signInAs(centreAdmin(b));
        long bActive = people.add(aPerson().named("Bojan", "Bregar").withEmail("bojan@centre-b.example.org").build()).getId();
        long bInactive = people.add(aPerson().named("Breda", "Bizjak").withEmail("breda@centre-b.example.org").build()).getId();
        people.deactivate(bInactive);
        signInAs(centreAdmin(a));
        long aPerson = people.add(aPerson().named("Ana", "Ambrozic").withEmail("ana@centre-a.example.org").build()).getId();
        return new TwoCentres(a, b, aPerson, bActive, bInactive);
    }

    @Test
    void eachPersonIsStoredInTheCentreOfTheAdminWhoAddedIt() throws PortalException {
        TwoCentres centres = twoCentresSignedInAsA();

        assertEquals(centres.a().id(), database.person(centres.aPerson()).centreId());
        assertEquals(centres.b().id(), database.person(centres.bActive()).centreId());
        assertEquals(centres.b().id(), database.person(centres.bInactive()).centreId());
        assertEquals(List.of(centres.aPerson()), database.peopleOf(centres.a().id()).stream().map(PersonRow::id).toList());
    }

    @Test
    void listNeverShowsAnotherCentresPeopleEvenWhenTheSearchMatchesThem() throws PortalException {
        TwoCentres centres = twoCentresSignedInAsA();
        List<Long> ownPeople = List.of(centres.aPerson());

        assertEquals(ownPeople, ids(list(null, true)));
        assertEquals(1, list(null, true).total());
        assertEquals(ownPeople, ids(list("example.org", true)), "a search matching both centres");
        for (String matchesOnlyB : List.of("bregar", "bojan", "centre-b", "bizjak")) {
            Page<Person> page = list(matchesOnlyB, true);
            assertEquals(List.of(), ids(page), matchesOnlyB);
            assertEquals(0, page.total(), matchesOnlyB);
        }
    }

    @Test
    void anotherCentresPersonIsNotFoundById() throws PortalException {
        TwoCentres centres = twoCentresSignedInAsA();

        assertThrows(NotFoundException.class, () -> people.find(centres.bActive()));
        assertThrows(NotFoundException.class, () -> people.find(centres.bInactive()));
    }

    @Test
    void anotherCentresPersonCannotBeUpdated() throws PortalException {
        TwoCentres centres = twoCentresSignedInAsA();
        PersonRow before = database.person(centres.bActive());

        assertThrows(NotFoundException.class, () -> people.update(centres.bActive(), before.version(),
                aPerson().named("Taken", "Over").withEmail("taken@centre-a.example.org").build()));

        assertEquals(before, database.person(centres.bActive()));
    }

    @Test
    void anotherCentresPersonCannotBeDeactivated() throws PortalException {
        TwoCentres centres = twoCentresSignedInAsA();
        PersonRow before = database.person(centres.bActive());

        assertThrows(NotFoundException.class, () -> people.deactivate(centres.bActive()));

        assertEquals(before, database.person(centres.bActive()));
        assertTrue(database.person(centres.bActive()).active());
    }

    @Test
    void anotherCentresInactivePersonCannotBeReactivated() throws PortalException {
        TwoCentres centres = twoCentresSignedInAsA();
        PersonRow before = database.person(centres.bInactive());

        assertThrows(NotFoundException.class, () -> people.reactivate(centres.bInactive()));

        assertEquals(before, database.person(centres.bInactive()));
        assertFalse(database.person(centres.bInactive()).active());
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- office boundaries

    @Test
    void theOfficeDirectoryIsClosedToCentreUsers() throws PortalException {
        Caller.CentreRef a = centres.create("dir-a");
        signInAs(centreAdmin(a));
        assertThrows(AccessDeniedException.class, () -> directory.search(CentreFilter.all(), Sorting.by("name", true), 0, 10));
        assertThrows(AccessDeniedException.class, () -> directory.find(a.id()));
        assertThrows(AccessDeniedException.class, () -> directory.staffOf(a.id()));
        assertThrows(AccessDeniedException.class, () -> directory.membersByRegion());
    }

    @Test
    void theOfficeSeesEveryCentresStaffThroughTheDirectory() throws PortalException {
        TwoCentres two = twoCentresSignedInAsA();
        signInAs(officeStaff());
        assertEquals(List.of(two.aPerson()), directory.staffOf(two.a().id()).stream().map(listing -> listing.getId()).toList());
        assertEquals(Set.of(two.bActive(), two.bInactive()),
                Set.copyOf(directory.staffOf(two.b().id()).stream().map(listing -> listing.getId()).toList()));
        assertEquals(two.b().alias(), directory.find(two.b().id()).getAlias());
        assertTrue(directory.search(new CentreFilter(two.b().alias(), null, null), Sorting.by("name", true), 0, 10)
                .rows().isEmpty(), "the text filter matches names and municipalities, not aliases");
    }

    @Test
    void aCentreUserSeesOnlyTheirOwnCentre() throws PortalException {
        TwoCentres two = twoCentresSignedInAsA();
        assertEquals(two.a().id(), ownCentre.mine().getId());
        signInAs(centreStaff(two.b()));
        assertEquals(two.b().id(), ownCentre.mine().getId());
        signInAs(officeStaff());
        assertThrows(AccessDeniedException.class, () -> ownCentre.mine(), "the office has no own centre");
    }

    @Test
    void onlyAnExistingOrganizationAliasLinksACentre() {
        Caller.CentreRef a = centres.create("link");
        assertEquals(a.id(), ownCentre.linkedTo(a.alias()).orElseThrow().id());
        assertEquals(a.id(), ownCentre.linkedTo(a.alias().toUpperCase()).orElseThrow().id());
        assertTrue(ownCentre.linkedTo("mc-does-not-exist-" + System.nanoTime()).isEmpty());
        assertTrue(ownCentre.linkedTo("' or 1=1 --").isEmpty());
        assertTrue(ownCentre.linkedTo(null).isEmpty());
    }

    private void signInAs(Caller caller) {
        currentUser.signIn(caller);
    }

    private Page<Person> list(String text, boolean includeInactive) {
        return people.list(new PersonQuery(text, includeInactive, Sorting.by("lastName", true)), 0, PAGE);
    }

    private static List<Long> ids(Page<Person> page) {
        return page.rows().stream().map(Person::getId).toList();
    }
}

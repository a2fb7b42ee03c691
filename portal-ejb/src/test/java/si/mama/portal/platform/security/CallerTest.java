package si.mama.portal.platform.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private static final Caller.CentreRef BREZICE = new Caller.CentreRef(1, "mc-brezice", "Mladinski center Brežice");

    @Test
    void aCentreRoleWithOneCentreIsACentreUser() {
        Caller caller = new Caller("brezice.admin", "Ana", Set.of(Role.CENTRE_ADMIN), BREZICE);
        assertEquals(Caller.Kind.CENTRE, caller.kind());
        assertTrue(caller.isCentreUser());
    }

    @Test
    void aCentreRoleWithoutACentreIsUnlinked() {
        assertEquals(Caller.Kind.UNLINKED, new Caller("x", "X", Set.of(Role.CENTRE_STAFF), null).kind());
    }

    @Test
    void aUserWithNoPortalRoleIsUnlinkedEvenWithACentre() {
        assertEquals(Caller.Kind.UNLINKED, new Caller("x", "X", Set.of(), BREZICE).kind());
    }

    @Test
    void officeRolesWorkAcrossCentres() {
        assertEquals(Caller.Kind.OFFICE, new Caller("o", "O", Set.of(Role.OFFICE_STAFF), null).kind());
    }

    @Test
    void nobodySignedInIsAnonymous() {
        assertEquals(Caller.Kind.ANONYMOUS, Caller.anonymous().kind());
    }

    @Test
    void exactlyOneOrganizationLinksACentre() {
        assertEquals("mc-celje", Caller.linkedAlias(List.of("mc-celje")).orElseThrow());
        assertTrue(Caller.linkedAlias(List.of()).isEmpty());
        assertTrue(Caller.linkedAlias(null).isEmpty());
        assertTrue(Caller.linkedAlias(List.of("mc-celje", "mc-brezice")).isEmpty(), "never guess between centres");
        assertTrue(Caller.linkedAlias(List.of(" ")).isEmpty());
    }

    @Test
    void unknownTokenGroupsAreIgnored() {
        assertEquals(Set.of(Role.CENTRE_ADMIN, Role.OFFICE_STAFF),
                Role.fromTokenNames(List.of("centre-admin", "offline_access", "office-staff", "uma_authorization")));
    }
}

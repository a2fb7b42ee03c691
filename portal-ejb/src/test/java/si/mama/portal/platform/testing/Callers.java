package si.mama.portal.platform.testing;

import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.security.Role;

import java.util.Set;

/** The kinds of signed-in users a service test acts as. */
public final class Callers {

    private Callers() {
    }

    public static Caller centreAdmin(Caller.CentreRef centre) {
        return new Caller(centre.alias() + ".admin", "Admin " + centre.name(), Set.of(Role.CENTRE_ADMIN), centre);
    }

    /** A staff member who signed in with a verified e-mail address: it links them to their person record. */
    public static Caller centreStaff(Caller.CentreRef centre, String email) {
        return new Caller(centre.alias() + ".staff", "Staff " + centre.name(), Set.of(Role.CENTRE_STAFF), centre, email);
    }

    public static Caller centreStaff(Caller.CentreRef centre) {
        return new Caller(centre.alias() + ".staff", "Staff " + centre.name(), Set.of(Role.CENTRE_STAFF), centre);
    }

    /** Network office staff: works across centres, but only through office boundaries. */
    public static Caller officeStaff() {
        return new Caller("office.staff", "Office", Set.of(Role.OFFICE_STAFF, Role.OFFICE_ADMIN), null);
    }

    /** The office admin: office staff who also writes, approves and amends the annual plan. */
    public static Caller officeAdmin() {
        return new Caller("office.admin", "Office admin", Set.of(Role.OFFICE_STAFF, Role.OFFICE_ADMIN), null);
    }

    /** Office staff without the admin role: reads everything the office reads, changes no plan. */
    public static Caller officeSteward() {
        return new Caller("office.steward", "Steward", Set.of(Role.OFFICE_STAFF), null);
    }

    /** A centre admin whose token names no centre (or several): has no centre data at all. */
    public static Caller unlinkedCentreAdmin() {
        return new Caller("lost.admin", "Unlinked", Set.of(Role.CENTRE_ADMIN), null);
    }
}

package si.mama.portal.people.entity;

/** The academy's target groups a centre's staff belong to (ciljne skupine). */
public enum EmploymentType {
    DIRECTOR,
    PROFESSIONAL,
    VOLUNTEER,
    NEW_HIRE;

    public String bundleKey() {
        return "employment." + name();
    }
}

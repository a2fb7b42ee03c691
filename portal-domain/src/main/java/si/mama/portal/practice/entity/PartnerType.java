package si.mama.portal.practice.entity;

/** The kinds of partners a centre worked with on a practice; the catalogue is filtered by them. */
public enum PartnerType {
    SCHOOL,
    MUNICIPALITY,
    NGO,
    BUSINESS,
    PUBLIC_INSTITUTION,
    OTHER;

    public String bundleKey() {
        return "practice.partnerType." + name();
    }
}

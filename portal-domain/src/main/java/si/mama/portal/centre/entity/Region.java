package si.mama.portal.centre.entity;

/** The 12 statistical regions of Slovenia (statistične regije). Names are resolved through the bundle key {@code region.NAME}. */
public enum Region {
    POMURSKA,
    PODRAVSKA,
    KOROSKA,
    SAVINJSKA,
    ZASAVSKA,
    POSAVSKA,
    JUGOVZHODNA_SLOVENIJA,
    OSREDNJESLOVENSKA,
    GORENJSKA,
    PRIMORSKO_NOTRANJSKA,
    GORISKA,
    OBALNO_KRASKA;

    public String bundleKey() {
        return "region." + name();
    }
}

package si.mama.portal.people.boundary;

import si.mama.portal.platform.paging.Sorting;

import java.util.Locale;

/** What a centre narrows its staff list by. */
public record PersonQuery(String text, boolean includeInactive, Sorting sorting) {

    public static PersonQuery activeByName() {
        return new PersonQuery(null, false, Sorting.by("lastName", true));
    }

    String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}

package si.mama.portal.platform.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the portal holds about one e-mail address at one moment: the person rows it found, whether the
 * Keycloak account could be looked up, and every feature's sections in a fixed order.
 */
public record PersonalDataExport(String email, Instant exportedAt, String exportedBy, AccountLookup accountLookup,
                                 List<DataSubject.PersonRow> people, List<DataSection> sections) implements Serializable {

    /** How the account part came about. */
    public enum AccountLookup {
        /** Keycloak was asked (the account section has the account, or no row when there is none). */
        DONE,
        /** The portal does not manage accounts here ({@code portal.accounts.enabled=false}). */
        NOT_MANAGED,
        /** Keycloak did not answer: the export has everything else. */
        UNAVAILABLE;

        public String bundleKey() {
            return "personalData.account." + name();
        }
    }

    public PersonalDataExport {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(accountLookup, "accountLookup");
        people = List.copyOf(people);
        sections = List.copyOf(sections);
    }

    public DataSection section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + key));
    }

    /** Whether the portal holds anything at all about the address. */
    public boolean isEmpty() {
        return sections.stream().allMatch(DataSection::isEmpty);
    }

    /** Only a person inactive in every centre that lists them may be erased. */
    public boolean isErasable() {
        return !people.isEmpty() && people.stream().noneMatch(DataSubject.PersonRow::active);
    }

    public List<DataSubject.PersonRow> activeIn() {
        return people.stream().filter(DataSubject.PersonRow::active).toList();
    }
}

package si.mama.portal.people.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonDetailsTest {

    private static PersonDetails details(String first, String last, String email) {
        return new PersonDetails(first, last, email, "  ", EmploymentType.PROFESSIONAL);
    }

    @Test
    void namesAreTrimmedAndEmailIsLowerCased() {
        PersonDetails details = details("  Špela ", " Žnidaršič", " Spela.Znidarsic@Example.ORG ");
        assertEquals("Špela", details.firstName());
        assertEquals("Žnidaršič", details.lastName());
        assertEquals("spela.znidarsic@example.org", details.email());
        assertNull(details.position(), "a blank position is stored as none");
    }

    @Test
    void blankNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> details(" ", "Novak", "a@b.si"));
        assertThrows(NullPointerException.class, () -> details("Ana", null, "a@b.si"));
    }

    @Test
    void malformedEmailIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> details("Ana", "Novak", "ana.novak"));
        assertThrows(IllegalArgumentException.class, () -> details("Ana", "Novak", "ana novak@b.si"));
        assertThrows(IllegalArgumentException.class, () -> details("Ana", "Novak", "ana@@b.si"));
    }

    @Test
    void overlongValuesAreRefusedRatherThanTruncated() {
        String tooLong = "x".repeat(PersonDetails.NAME_MAX + 1);
        assertThrows(IllegalArgumentException.class, () -> details(tooLong, "Novak", "a@b.si"));
        assertThrows(IllegalArgumentException.class, () -> new PersonDetails("Ana", "Novak", "a@b.si",
                "p".repeat(PersonDetails.POSITION_MAX + 1), EmploymentType.VOLUNTEER));
    }

    @Test
    void employmentTypeIsRequired() {
        assertThrows(NullPointerException.class, () -> new PersonDetails("Ana", "Novak", "a@b.si", null, null));
    }

    @Test
    void aNewPersonIsActiveAndCanBeDeactivatedAndReactivated() {
        Person person = new Person(details("Ana", "Novak", "ana@b.si"));
        assertTrue(person.isActive());
        person.deactivate();
        assertFalse(person.isActive());
        person.reactivate();
        assertTrue(person.isActive());
    }

    @Test
    void updatingReplacesAllDetails() {
        Person person = new Person(details("Ana", "Novak", "ana@b.si"));
        person.update(new PersonDetails("Ana", "Kos", "ana.kos@b.si", "direktorica", EmploymentType.DIRECTOR));
        assertEquals("Ana Kos", person.getFullName());
        assertEquals(EmploymentType.DIRECTOR, person.getEmploymentType());
        assertEquals("direktorica", person.details().position());
    }
}

package si.mama.portal.centre.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CentreTest {

    @Test
    void aliasIsNormalisedToTheOrganizationForm() {
        assertEquals("mc-brezice", Centre.normaliseAlias(" MC-Brezice "));
    }

    @Test
    void aliasWithDiacriticsOrSpacesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Centre.normaliseAlias("mc-brežice"));
        assertThrows(IllegalArgumentException.class, () -> Centre.normaliseAlias("mc brezice"));
        assertThrows(IllegalArgumentException.class, () -> Centre.normaliseAlias("-mc"));
    }

    @Test
    void aNewCentreIsACandidateUntilMembershipIsConfirmed() {
        Centre centre = new Centre("mc-krsko", "Mladinski center Krško", "Krško", Region.POSAVSKA);
        assertFalse(centre.isMember());
        centre.changeMembership(MembershipStatus.MEMBER, LocalDate.of(2024, 1, 1), null, LocalDate.of(2026, 1, 1));
        assertTrue(centre.isMember());
    }

    @Test
    void blankContactFieldsAreStoredAsNone() {
        Centre centre = new Centre("mc-krsko", "Mladinski center Krško", "Krško", Region.POSAVSKA);
        centre.changeContact(" info@mc-krsko.example.org ", " ", null);
        assertEquals("info@mc-krsko.example.org", centre.getEmail());
        assertNull(centre.getPhone());
    }

    @Test
    void everyRegionHasABundleKey() {
        assertEquals(12, Region.values().length);
        assertEquals("region.OBALNO_KRASKA", Region.OBALNO_KRASKA.bundleKey());
    }
}

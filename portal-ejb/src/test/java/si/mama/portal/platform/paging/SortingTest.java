package si.mama.portal.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SortingTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "c.name", "region", "c.region");

    @Test
    void anAllowedFieldSortsInTheAskedDirection() {
        assertEquals("c.region desc", Sorting.by("region", false).orderBy(ALLOWED, "name"));
        assertEquals("c.name asc", Sorting.by("name", true).orderBy(ALLOWED, "name"));
    }

    @Test
    void anUnknownOrInjectedFieldFallsBackToTheDefaultOrder() {
        assertEquals("c.name asc", Sorting.by("name; drop table centre", false).orderBy(ALLOWED, "name"));
        assertEquals("c.name asc", Sorting.by(null, false).orderBy(ALLOWED, "name"));
    }

    @Test
    void theDefaultOrderMayRunNewestFirstWhileAnAskedFieldKeepsItsDirection() {
        assertEquals("c.name desc", Sorting.by(null, true).orderBy(ALLOWED, "name", false));
        assertEquals("c.name desc", Sorting.by("unknown", true).orderBy(ALLOWED, "name", false));
        assertEquals("c.region asc", Sorting.by("region", true).orderBy(ALLOWED, "name", false));
    }
}

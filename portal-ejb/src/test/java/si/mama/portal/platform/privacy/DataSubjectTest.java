package si.mama.portal.platform.privacy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataSubjectTest {

    private static final DataSubject ANA = new DataSubject("ana.novak@mc.example.org",
            List.of(new DataSubject.PersonRow(57, 1, "MC Brežice", "mc-brezice", "Ana", "Novak", false, false),
                    new DataSubject.PersonRow(91, 2, "MC Celje", "mc-celje", "Ana", "Novak", false, false)),
            Set.of("ana.novak@mc.example.org", "brezice.staff"), Set.of("Ana Novak"), Set.of());

    @Test
    void placeholdersNameTheLowestPersonId() {
        assertEquals("Izbrisana oseba #57", ANA.placeholderName());
        assertEquals("erased-57@erased.invalid", ANA.placeholderEmail());
        assertEquals("erased-57", ANA.placeholderUsername());
        assertEquals("oseba #91", DataSubject.placeholderLastName(91));
    }

    @Test
    void redactingReplacesEveryMentionWhateverTheCaseAndKeepsTheRest() {
        assertEquals("Sestanek: Izbrisana oseba #57 (erased-57@erased.invalid), Bor Kos.",
                ANA.redact("Sestanek: ANA NOVAK (Ana.Novak@mc.example.org), Bor Kos."));
        assertEquals("Brez omemb.", ANA.redact("Brez omemb."));
        assertNull(ANA.redact(null));
    }

    @Test
    void aContactsPhoneIsAMentionTooButNotAShortText() {
        DataSubject known = ANA.alsoKnownBy(Set.of("041 555 123", "12"));
        assertEquals("membership.contactRole.DIRECTOR: Izbrisana oseba #57, erased-57@erased.invalid, Izbrisana oseba #57",
                known.redact("membership.contactRole.DIRECTOR: Ana Novak, ana.novak@mc.example.org, 041 555 123"));
        assertFalse(known.needles().contains("12"), "too short to stand for a person");
    }

    @Test
    void theExportQuotesOnlyTheLinesThatNameThePerson() {
        assertEquals("Ana Novak vodi delavnico. … Pokliče ana.novak@mc.example.org.",
                ANA.mentioningLines("Uvod.\nAna Novak vodi delavnico.\nDrugo.\nPokliče ana.novak@mc.example.org."));
        assertNull(ANA.mentioningLines("Nič o njej."));
        assertTrue(ANA.mentionedIn("z ANA NOVAK"));
        assertFalse(ANA.mentionedIn("z Ano Novak"), "another grammatical case is not found");
    }

    @Test
    void theJsonKeepsEverySectionAndWritesCellsAsTheyAreStored() {
        DataSection registrations = DataSection.of("registrations", "id", "status", "hours", "present", "on", "at", "note")
                .row(7L, new DataSection.Code("CONFIRMED", "personalData.registration.CONFIRMED"), new BigDecimal("6.00"),
                        true, LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T08:00:00Z"), null)
                .build();
        PersonalDataExport export = new PersonalDataExport(ANA.email(), Instant.parse("2026-11-26T10:00:00Z"),
                "office.admin", PersonalDataExport.AccountLookup.NOT_MANAGED, ANA.people(),
                List.of(DataSection.of("account", "username").build(), registrations));
        JsonObject json = Json.createReader(new StringReader(PersonalDataJson.text(export))).readObject();
        assertEquals(List.of("account", "registrations"), List.copyOf(json.getJsonObject("sections").keySet()));
        assertTrue(json.getJsonObject("sections").getJsonArray("account").isEmpty());
        JsonObject row = json.getJsonObject("sections").getJsonArray("registrations").getJsonObject(0);
        assertEquals("{\"id\":7,\"status\":\"CONFIRMED\",\"hours\":6.00,\"present\":true,\"on\":\"2026-03-02\","
                + "\"at\":\"2026-03-02T08:00:00Z\",\"note\":null}", row.toString());
        assertEquals("NOT_MANAGED", json.getString("accountLookup"));
        assertTrue(export.isErasable(), "inactive everywhere");
    }

    @Test
    void aRowHasOneCellPerColumn() {
        assertThrows(IllegalArgumentException.class, () -> DataSection.of("x", "a", "b").row("only one").build());
    }
}

package si.mama.portal.platform.privacy.web;

import org.junit.jupiter.api.Test;
import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataExport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF's document: every part in the summary, entries with labelled fields in the reader's language. */
class PersonDataReportTest {

    private static final PersonalDataExport EXPORT = new PersonalDataExport("ana@mc.example.org",
            Instant.parse("2026-03-02T09:30:00Z"), "office.admin", PersonalDataExport.AccountLookup.NOT_MANAGED,
            List.of(new DataSubject.PersonRow(5, 1, "MC", "mc", "Ana", "Novak", false, false)),
            List.of(DataSection.of("account", "username").build(),
                    DataSection.of("attendance", "training", "sessionDate", "hours", "present", "markedAt", "registration")
                            .row("Vodenje", LocalDate.of(2026, 3, 2), new BigDecimal("6.00"), true,
                                    Instant.parse("2026-03-02T15:00:00Z"), null).build(),
                    DataSection.of("registrations", "status")
                            .row(new DataSection.Code("CONFIRMED", "personalData.registration.CONFIRMED")).build()));

    @Test
    void slovenianReadersSeeLabelsDatesAndCodesInSlovenian() {
        String text = text(report(Locale.forLanguageTag("sl")).document(EXPORT));
        assertTrue(text.contains("Osebni podatki: ana@mc.example.org"), text);
        assertTrue(text.contains("Račun v portalu (Keycloak) | 0"), "an empty part is in the summary: " + text);
        assertTrue(text.contains("Usposabljanje | Vodenje"), text);
        assertTrue(text.contains("Ure | 6"), text);
        assertTrue(text.contains("Prisoten | da"), text);
        assertTrue(text.contains("Datum srečanja | 2. mar. 2026"), text);
        assertTrue(text.contains("Stanje | prijava potrjena"), text);
        assertFalse(text.contains("Prijava |"), "an empty field is left out: " + text);
        assertFalse(text.contains("personalData."), text);
    }

    @Test
    void englishReadersSeeEnglish() {
        String text = text(report(Locale.ENGLISH).document(EXPORT));
        assertTrue(text.contains("Present | yes") && text.contains("Status | registration confirmed"), text);
        assertEquals("Mar 2, 2026", report(Locale.ENGLISH).cell(LocalDate.of(2026, 3, 2)));
    }

    private static PersonDataReport report(Locale locale) {
        return new PersonDataReport(locale, Texts.labels(locale), Texts.formatter(locale));
    }

    /** The document as lines: headings and paragraphs as they are, every table row as "cell | cell". */
    private static String text(DocumentModel document) {
        return document.blocks().stream().map(block -> {
            if (block instanceof DocumentModel.Table table) {
                return (table.caption() == null ? "" : table.caption() + "\n") + table.rows().stream()
                        .map(row -> String.join(" | ", row)).collect(Collectors.joining("\n"));
            }
            return block.toString();
        }).collect(Collectors.joining("\n"));
    }
}

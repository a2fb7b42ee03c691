package si.mama.portal.platform.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts follow each language's plural rules; Slovenian has a dual and a "few" form. */
class PluralsTest {

    private static String pattern(String language) throws IOException {
        return pattern(language, "office.memberCount");
    }

    private static String pattern(String language, String key) throws IOException {
        Properties bundle = new Properties();
        try (var in = PluralsTest.class.getResourceAsStream("/si/mama/portal/platform/i18n/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.getProperty(key);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 članica v mreži", "2, 2 članici v mreži", "3, 3 članice v mreži", "4, 4 članice v mreži",
            "5, 5 članic v mreži", "36, 36 članic v mreži", "101, 101 članica v mreži", "102, 102 članici v mreži",
            "0, 0 članic v mreži"})
    void slovenianCountsUseOneTwoFewAndOther(long count, String expected) throws IOException {
        assertEquals(expected, Texts.format(pattern("sl"), Locale.forLanguageTag("sl"), count));
    }

    @ParameterizedTest
    @CsvSource({"1, 1 member centre in the network", "2, 2 member centres in the network"})
    void englishCountsUseOneAndOther(long count, String expected) throws IOException {
        assertEquals(expected, Texts.format(pattern("en"), Locale.ENGLISH, count));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mail.failedCount | 1 | 1 sporočilo ni bilo poslano",
            "mail.failedCount | 2 | 2 sporočili nista bili poslani",
            "mail.failedCount | 3 | 3 sporočila niso bila poslana",
            "mail.failedCount | 5 | 5 sporočil ni bilo poslanih",
            "mail.attempts | 1 | 1 poskus",
            "mail.attempts | 2 | 2 poskusa",
            "mail.attempts | 4 | 4 poskusi",
            "mail.attempts | 8 | 8 poskusov",
            "mail.resentAll | 2 | 2 sporočili sta spet v vrsti za pošiljanje.",
            "mail.resentAll | 7 | 7 sporočil je spet v vrsti za pošiljanje."})
    void theOutgoingMailCountsInSlovenian(String key, long count, String expected) throws IOException {
        assertEquals(expected, Texts.format(pattern("sl", key), Locale.forLanguageTag("sl"), count));
    }

    @org.junit.jupiter.api.Test
    void aDateArgumentReadsAsADateOfTheLanguage() throws IOException {
        java.time.LocalDate closed = java.time.LocalDate.of(2026, 12, 18);
        assertEquals("Vprašalnik je zaprt od 18. december 2026: odgovorov ni več mogoče spreminjati.",
                Texts.format(pattern("sl", "survey.error.closed"), Locale.forLanguageTag("sl"), closed));
        assertEquals("The questionnaire closed on December 18, 2026: answers can no longer change.",
                Texts.format(pattern("en", "survey.error.closed"), Locale.ENGLISH, closed));
    }
}

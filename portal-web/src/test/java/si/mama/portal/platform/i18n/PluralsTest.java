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
        Properties bundle = new Properties();
        try (var in = PluralsTest.class.getResourceAsStream("/si/mama/portal/platform/i18n/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.getProperty("office.memberCount");
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
}

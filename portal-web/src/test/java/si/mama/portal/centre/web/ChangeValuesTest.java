package si.mama.portal.centre.web;

import org.junit.jupiter.api.Test;
import si.mama.portal.platform.i18n.Texts;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeValuesTest {

    private static final Locale SL = Locale.forLanguageTag("sl");

    @Test
    void bundleKeysDatesAndAmountsInAHistoryValueReadInTheReadersLanguage() {
        assertEquals("članica", ChangeValues.render("membership.MEMBER", Texts.labels(SL), SL));
        assertEquals("direktor/-ica: Nina Kos, nina@mc-krsko.example.org",
                ChangeValues.render("membership.contactRole.DIRECTOR: Nina Kos, nina@mc-krsko.example.org",
                        Texts.labels(SL), SL));
        assertEquals("150,00 €, 31. mar. 2026", ChangeValues.render("150.00 EUR, 2026-03-31", Texts.labels(SL), SL)
                .replace('\u00a0', ' '));
        assertEquals("€1,250.50", ChangeValues.render("1250.50 EUR", Texts.labels(Locale.ENGLISH), Locale.ENGLISH));
        assertEquals("contact person", ChangeValues.render("membership.contactRole.CONTACT_PERSON",
                Texts.labels(Locale.ENGLISH), Locale.ENGLISH));
        assertEquals("—", ChangeValues.render(null, Texts.labels(SL), SL));
    }
}

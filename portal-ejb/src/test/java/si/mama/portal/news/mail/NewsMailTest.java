package si.mama.portal.news.mail;

import org.junit.jupiter.api.Test;
import si.mama.portal.news.entity.IsoWeek;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsItem;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.platform.mail.ComposedMail;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsMailTest {

    private static final String PORTAL = "https://portal.example.org";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static NewsIssue issue() {
        NewsIssue issue = new NewsIssue(IsoWeek.of(DAY), "Jesen v mreži");
        issue.write("Jesen v mreži", "Drage članice,\n\nzima prihaja.");
        issue.gather(DAY.minusDays(7), DAY, List.of(
                new NewsItem(NewsSection.ACADEMY, "Vodenje prostovoljcev", "Ljubljana", LocalDate.of(2026, 12, 4), "/academy/training?id=5"),
                new NewsItem(NewsSection.PLAN, "Zbor Kluba MaMa", null, LocalDate.of(2026, 12, 1), "/plan?year=2026&month=12")));
        return issue;
    }

    @Test
    void theSlovenianMailHasTheEditorialTheSectionsWithLinksAndTheReadersUnsubscribeLink() {
        ComposedMail mail = NewsMail.compose(issue(), "ana@mc.example.org", false, NewsMail.SLOVENIAN, PORTAL,
                PORTAL + "/public/news/unsubscribe?token=abc", "Mreža MaMa");
        assertEquals("Tedenske novice Mreže MaMa, 48. teden: Jesen v mreži", mail.subject());
        assertTrue(mail.text().startsWith("Pozdravljeni,\n\nDrage članice,\n\nzima prihaja.\n\nUSPOSABLJANJA S PRIJAVAMI\n"
                + "- Vodenje prostovoljcev (Ljubljana), prijave do 4. 12. 2026\n  " + PORTAL + "/academy/training?id=5\n"), mail.text());
        assertTrue(mail.text().contains("- Zbor Kluba MaMa, od december 2026\n"), mail.text());
        assertTrue(mail.text().contains("Odjava od novic: " + PORTAL + "/public/news/unsubscribe?token=abc"));
        assertFalse(mail.text().contains("VPRAŠALNIKI"), "an empty section is left out");
        assertEquals("ana@mc.example.org", mail.recipient());
    }

    @Test
    void theEnglishMailUsesTheEnglishTemplates() {
        ComposedMail mail = NewsMail.compose(issue(), "ana@mc.example.org", false, Locale.ENGLISH, PORTAL, PORTAL + "/u", "Mreža MaMa");
        assertEquals("Mreža MaMa weekly news, week 48: Jesen v mreži", mail.subject());
        assertTrue(mail.text().contains("- Vodenje prostovoljcev (Ljubljana), register by 4 December 2026"), mail.text());
        assertTrue(mail.text().contains("Unsubscribe: " + PORTAL + "/u"));
        assertEquals(Locale.ENGLISH, mail.language());
    }

    @Test
    void aQuestionnaireLinksACentreToItsAnswersAndTheOfficeToItsOwnPageWhileOtherLinksStayTheSame() {
        NewsIssue issue = issue();
        issue.gather(DAY.minusDays(7), DAY, List.of(
                new NewsItem(NewsSection.ACADEMY, "Vodenje prostovoljcev", "Ljubljana", LocalDate.of(2026, 12, 4), "/academy/training?id=5"),
                new NewsItem(NewsSection.SURVEY, "Potrebe po usposabljanjih", null, LocalDate.of(2026, 12, 17), "/surveys")));
        String centre = NewsMail.compose(issue, "ana@mc.example.org", false, NewsMail.SLOVENIAN, PORTAL, PORTAL + "/u", "Mreža MaMa").text();
        String office = NewsMail.compose(issue, "eva@mreza-mama.example.org", true, NewsMail.SLOVENIAN, PORTAL, PORTAL + "/u", "Mreža MaMa").text();
        assertTrue(centre.contains("\n  " + PORTAL + "/surveys\n"), centre);
        assertTrue(office.contains("\n  " + PORTAL + "/office/surveys\n"), office);
        assertFalse(office.contains(PORTAL + "/surveys\n"), office);
        assertTrue(office.contains(PORTAL + "/academy/training?id=5\n"), "the academy is open to the office too");
    }

    @Test
    void bothLanguagesHaveTheSameTemplates() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Set<String> sl = new TreeSet<>(Collections.list(ResourceBundle.getBundle("si.mama.portal.news.mail.mails",
                NewsMail.SLOVENIAN, noFallback).getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(ResourceBundle.getBundle("si.mama.portal.news.mail.mails",
                Locale.ENGLISH, noFallback).getKeys()));
        assertEquals(sl, en);
    }
}

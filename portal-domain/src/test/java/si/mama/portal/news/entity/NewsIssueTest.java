package si.mama.portal.news.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsIssueTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static final NewsItem PRACTICE = new NewsItem(NewsSection.PRACTICE, "Mladi in šola", "MC Brežice", DAY,
            "/practices/view?id=3");
    private static final NewsItem TRAINING = new NewsItem(NewsSection.ACADEMY, "Digitalno delo", null, DAY.plusDays(9),
            "/academy/training?id=7");

    @Test
    void aNewIssueIsADraftOfItsWeekWithATitle() {
        NewsIssue issue = new NewsIssue(IsoWeek.of(DAY), "Novice");
        assertTrue(issue.isDraft());
        assertEquals(new IsoWeek(2026, 48), issue.isoWeek());
        assertThrows(NewsRuleViolation.class, () -> new NewsIssue(IsoWeek.of(DAY), "  "));
        NewsRuleViolation tooLong = assertThrows(NewsRuleViolation.class,
                () -> new NewsIssue(IsoWeek.of(DAY), "x".repeat(NewsIssue.TITLE_MAX + 1)));
        assertEquals("news.error.titleTooLong", tooLong.messageKey());
    }

    @Test
    void gatheredItemsAreOrderedBySectionAndAnItemLeftOutStaysOutAfterARefresh() throws Exception {
        NewsIssue issue = new NewsIssue(IsoWeek.of(DAY), "Novice");
        issue.gather(DAY.minusDays(7), DAY, List.of(PRACTICE, TRAINING));
        assertEquals(List.of(NewsSection.ACADEMY, NewsSection.PRACTICE),
                issue.getItems().stream().map(IssueItem::getSection).toList());
        setId(issue.getItems().get(1), 11L);
        issue.include(11L, false);
        assertEquals(List.of("Digitalno delo"), issue.getIncludedItems().stream().map(IssueItem::getTitle).toList());

        issue.gather(DAY.minusDays(6), DAY.plusDays(1), List.of(TRAINING, PRACTICE));
        assertEquals(2, issue.getItems().size());
        assertFalse(issue.itemsIn(NewsSection.PRACTICE, false).get(0).isIncluded(), "the office's choice is kept");
        assertTrue(issue.itemsIn(NewsSection.PRACTICE, true).isEmpty());
        assertEquals(DAY.plusDays(1), issue.getPeriodTo());
    }

    @Test
    void aSentIssueCannotBeEditedOrSentAgain() {
        NewsIssue issue = new NewsIssue(IsoWeek.of(DAY), "Novice");
        issue.write("Novice tega tedna", "Uvodnik");
        issue.send("office.admin", Instant.parse("2026-11-26T08:00:00Z"), 12);
        assertFalse(issue.isDraft());
        assertEquals(12, issue.getRecipientCount());
        assertEquals("office.admin", issue.getSentBy());

        NewsRuleViolation again = assertThrows(NewsRuleViolation.class, () -> issue.send("office.admin", Instant.now(), 12));
        assertEquals("news.error.alreadySent", again.messageKey());
        assertThrows(NewsRuleViolation.class, () -> issue.write("Drugače", null));
        assertThrows(NewsRuleViolation.class, () -> issue.gather(DAY, DAY, List.of()));
        assertThrows(NewsRuleViolation.class, () -> issue.include(1L, false));
        assertEquals("Novice tega tedna", issue.getTitle());
    }

    @Test
    void theEditorialIsStoredTrimmedAndAnEmptyOneIsNone() {
        NewsIssue issue = new NewsIssue(IsoWeek.of(DAY), "Novice");
        issue.write(" Novice ", "  Prvi odstavek.  \r\n\r\nDrugi.\r\n ");
        assertEquals("Novice", issue.getTitle());
        assertEquals("Prvi odstavek.\n\nDrugi.", issue.getEditorial());
        issue.write("Novice", " \n ");
        assertNull(issue.getEditorial());
        assertThrows(NewsRuleViolation.class, () -> issue.write("Novice", "x".repeat(Editorial.MAX + 1)));
    }

    private static void setId(IssueItem item, long id) throws ReflectiveOperationException {
        Field field = IssueItem.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(item, id);
    }
}

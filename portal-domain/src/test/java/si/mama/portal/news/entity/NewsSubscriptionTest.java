package si.mama.portal.news.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NewsSubscriptionTest {

    @Test
    void anAddressIsKeptInLowerCaseWithAnUnguessableTokenOfItsOwn() {
        NewsSubscription one = new NewsSubscription(" Ana.Novak@MC.example.org ", "sl", 4L, 1L);
        NewsSubscription two = new NewsSubscription("ana.novak@mc.example.org", "en", null, null);
        assertEquals("ana.novak@mc.example.org", one.getEmail());
        assertEquals(64, one.getToken().length());
        assertNotEquals(one.getToken(), two.getToken());
    }

    @Test
    void onlySlovenianAndEnglish() {
        NewsRuleViolation refused = assertThrows(NewsRuleViolation.class, () -> new NewsSubscription("a@b.si", "de", null, null));
        assertEquals("news.error.unknownLanguage", refused.messageKey());
    }
}

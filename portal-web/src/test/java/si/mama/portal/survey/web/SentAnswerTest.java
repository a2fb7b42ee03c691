package si.mama.portal.survey.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the answer page's script sends is read the same way whatever it holds. */
class SentAnswerTest {

    @Test
    void anAnswerComesAsAJsonListWithItsOtherTextAndToken() {
        SentAnswer sent = SentAnswer.from(Map.of("code", "ciljne-skupine", "values", "[\"direktorji\",\"other\"]",
                "other", "tehnično osebje", "token", "t-1", "replay", "false", "base", "0"));
        assertEquals("ciljne-skupine", sent.code());
        assertEquals(List.of("direktorji", "other"), sent.value().values());
        assertEquals("tehnično osebje", sent.value().other());
        assertEquals("t-1", sent.token());
        assertFalse(sent.replay());
    }

    @Test
    void aKeptAnswerCarriesWhenThePageLastSawItSaved() {
        SentAnswer sent = SentAnswer.from(Map.of("code", "predlogi", "values", "[\"Več v živo\"]", "token", "t-2",
                "replay", "true", "base", "1795659309331"));
        assertTrue(sent.replay());
        assertEquals(1795659309331L, sent.base());
    }

    @Test
    void anEmptyOrOddAnswerIsStillReadable() {
        SentAnswer empty = SentAnswer.from(Map.of("code", "predlogi", "values", "[]", "other", ""));
        assertTrue(empty.value().isEmpty(), "an empty answer clears the saved one");
        assertNull(empty.value().other());
        assertEquals("", empty.token());
        assertEquals(0, SentAnswer.from(Map.of("code", "x", "base", "not a time")).base());
        assertEquals(List.of("plain"), SentAnswer.from(Map.of("code", "x", "values", "plain")).value().values());
    }
}

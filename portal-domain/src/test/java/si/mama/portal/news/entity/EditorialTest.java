package si.mama.portal.news.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditorialTest {

    @Test
    void paragraphsAreSeparatedByAnEmptyLineAndLinesStayWithinTheirParagraph() {
        String text = "Dragi vsi,\nnovice tega tedna.\n\n\n  Drugi odstavek.  \n";
        assertEquals(List.of("Dragi vsi,\nnovice tega tedna.", "Drugi odstavek."), Editorial.paragraphs(text));
        assertEquals("<p>Dragi vsi,<br/>novice tega tedna.</p><p>Drugi odstavek.</p>", Editorial.html(text));
    }

    @Test
    void markupTheOfficeTypesIsShownAsTextNeverRun() {
        String html = Editorial.html("<script>alert('x')</script> & <b onclick=\"y\">krepko</b>");
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onclick=&quot;y&quot;&gt;krepko&lt;/b&gt;</p>",
                html);
    }

    @Test
    void noTextIsNoParagraph() {
        assertEquals("", Editorial.html(null));
        assertEquals(List.of(), Editorial.paragraphs(" \n\n "));
    }
}

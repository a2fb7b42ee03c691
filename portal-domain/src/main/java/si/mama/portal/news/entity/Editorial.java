package si.mama.portal.news.entity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The office's editorial of an issue: plain text, paragraphs separated by an empty line, lines kept within a
 * paragraph. It is never taken as markup: {@link #html} escapes every character a browser would read as HTML, so
 * what the office types (or pastes) is shown exactly as text.
 */
public final class Editorial {

    public static final int MAX = 5000;

    private Editorial() {
    }

    /** The text as stored: line ends made {@code \n}, spaces at the ends of lines and of the text removed. */
    public static String normalized(String text) {
        if (text == null) {
            return null;
        }
        String lines = Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
        return lines.isEmpty() ? null : lines;
    }

    /** The paragraphs, without empty ones. */
    public static List<String> paragraphs(String text) {
        String normalized = normalized(text);
        if (normalized == null) {
            return List.of();
        }
        return Arrays.stream(normalized.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The text as HTML: each paragraph a {@code <p>}, a line break a {@code <br/>}, everything else escaped. */
    public static String html(String text) {
        return paragraphs(text).stream()
                .map(paragraph -> "<p>" + escape(paragraph).replace("\n", "<br/>") + "</p>")
                .collect(Collectors.joining());
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

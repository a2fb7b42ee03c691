package si.mama.portal.browser;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A deterministic stream of hostile form values (a fixed seed, so every run sends the same sample): overlong text,
 * wrong types, Unicode edge cases, HTML and script, SQL and expression-language fragments. Every value that can carry
 * text carries a unique marker ({@code zq…x}), so a test finds where a stored value comes back and whether it came back
 * escaped. A few values cannot be written as Java text (a lone surrogate, invalid UTF-8): they travel already
 * percent-encoded ({@link Value#encoded()}).
 */
final class HostileValues {

    /** One value: its text, its marker (null for a bare wrong type), its kind, and its raw form-encoding if it has one. */
    record Value(String text, String marker, String kind, String encoded) {

        boolean markup() {
            return kind.equals("html");
        }

        @Override
        public String toString() {
            String shown = encoded != null ? encoded : text;
            return kind + ":" + (shown.length() > 60 ? shown.substring(0, 60) + "…(" + shown.length() + ")" : shown)
                    .replaceAll("\\p{Cntrl}", "?");
        }
    }

    /** The markup that must never come back unescaped; {@code §} stands for the marker. */
    static final List<String> MARKUP = List.of(
            "<script>§</script>",
            "\"><img src=x onerror=alert('§')>",
            "'><svg onload=alert('§')>",
            "<b id=\"§\" onmouseover=\"alert(1)\">§</b>",
            "</textarea><script>§</script>",
            "\" autofocus onfocus=\"alert('§')",
            "' autofocus onfocus='alert(`§`)",
            "javascript:alert('§')",
            "<iframe src=\"javascript:alert('§')\"></iframe>",
            "<a href=\"javascript:alert('§')\">§</a>",
            "]]><script>§</script><![CDATA[",
            "<!--§--><script>§</script>",
            "<style>@import 'http://x/§';</style>",
            "&lt;script&gt;§&lt;/script&gt;",
            "<p onclick=alert(1)>§");

    private static final List<String> SQL = List.of(
            "' OR 1=1 -- §",
            "'; DROP TABLE person; -- §",
            "\" OR \"\"=\" §",
            "§'); DELETE FROM centre WHERE ('1'='1",
            "1' UNION SELECT email, null FROM person -- §",
            "§' AND SLEEP(5) AND '1'='1",
            "§%' OR '%'='",
            "§\\' OR 1=1#",
            "§`; TRUNCATE outbox_mail; --");

    private static final List<String> EXPRESSIONS = List.of(
            "#{7*7}§", "${7*7}§", "#{currentUser.caller()}§", "#{facesContext.externalContext.session}§",
            "{{7*7}}§", "%{7*7}§", "${jndi:ldap://127.0.0.1/§}");

    private static final List<String> UNICODE = List.of(
            "\u202E§ evil\u202C", "§\u200D\u200C\u200B\uFEFF", "Z\u0334\u0321\u031B\u035Aa\u0335l\u0337g\u0336o\u0338 §",
            "§ 👨‍👩‍👧‍👦 🏳️‍🌈 🇸🇮", "𝕄𝔸𝕄𝔸 §", "§ čšžćđ ČŠŽĆĐ ß İı", "§\u0000NUL", "§\r\nSet-Cookie: x=1",
            "§\t\u000B\f", "\uFFFF\uFFFE§", "§ ‮‭", "ﷺ § ﷽", "§" + "\u0301".repeat(200));

    private static final List<String> WRONG_TYPES = List.of(
            "abc", "-1", "0", "-2147483649", "2147483648", "99999999999999999999999", "1e309", "NaN", "Infinity",
            "0x1F", "1,5", "1.5", "+", "--1", " 1 ", "", " ", "null", "undefined", "true", "[]", "{}",
            "2021-13-45", "31.02.2021", "0000-00-00", "9999-12-31", "-0001-01-01", "2021-02-29", "1.1.1", "32. 1. 2025",
            "00:00", "25:61", "1970-01-01T00:00:00Z", "TODAY", "1/0", "%", "_", "\\", "'", "\"");

    /** Values already percent-encoded, as an attacker's client may send them: invalid UTF-8, a lone surrogate, NUL. */
    private static final List<String> ENCODED = List.of(
            "%ED%A0%80§", "§%ED%B0%80", "%C0%AE§", "%FF%FE§", "§%00", "%E2%82§", "§%F4%90%80%80", "%%§", "§%2", "%uD800§");

    private final Random random;
    private int count;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** The next value of the sample. */
    Value next() {
        String marker = "zq" + Integer.toString(count++, 36) + "x";
        int kind = random.nextInt(100);
        if (kind < 30) {
            return marked(pick(MARKUP), marker, "html");
        } else if (kind < 45) {
            return marked(pick(SQL), marker, "sql");
        } else if (kind < 55) {
            return marked(pick(EXPRESSIONS), marker, "el");
        } else if (kind < 70) {
            return marked(pick(UNICODE), marker, "unicode");
        } else if (kind < 85) {
            return new Value(pick(WRONG_TYPES), null, "type", null);
        } else if (kind < 93) {
            return overlong(marker);
        }
        String encoded = pick(ENCODED).replace("§", marker);
        return new Value(encoded, marker, "encoding", encoded);
    }

    private Value overlong(String marker) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 101;
            case 1 -> 256;
            case 2 -> 4_001;
            default -> 10_000;
        };
        Function<Integer, String> filler = switch (random.nextInt(3)) {
            case 0 -> n -> "A".repeat(n);
            case 1 -> n -> "ž".repeat(n);
            default -> n -> "😀".repeat(n / 2 + 1);
        };
        String text = marker + filler.apply(length);
        if (random.nextBoolean()) {
            text = text + "<script>" + marker + "</script>";
        }
        return new Value(text, marker, "overlong", null);
    }

    private Value marked(String template, String marker, String kind) {
        String text = template.replace("§", marker);
        // now and then two kinds at once, as real attacks mix them
        if (random.nextInt(5) == 0) {
            text = text + " " + pick(SQL).replace("§", marker);
        }
        return new Value(text, marker, kind, null);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    int count() {
        return count;
    }
}

package si.mama.portal.platform.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person an export or an erasure is about, identified by an e-mail address: their person rows (one per centre
 * that lists them), the user names they act under (the address, and their Keycloak account's name), and the names
 * free texts may mention them by. It also says what the erasure writes instead: "Izbrisana oseba #&lt;id&gt;", the
 * user name {@code erased-<id>} and the address {@code erased-<id>@erased.invalid}, where id is the lowest of the
 * person ids (the only id most people have).
 */
public record DataSubject(String email, List<PersonRow> people, Set<String> usernames, Set<String> names,
                          Set<String> otherTexts) {

    /** What every erased person's first name becomes; the last name is "oseba #&lt;id&gt;". */
    public static final String ERASED_FIRST_NAME = "Izbrisana";
    /** What an erased free text (a per-person answer, a mail's subject) becomes. */
    public static final String ERASED_TEXT = "[izbrisano]";
    /** A reserved top-level domain (RFC 2606): no mail is ever delivered there. */
    private static final String ERASED_DOMAIN = "erased.invalid";

    /** One centre's row of the person. */
    public record PersonRow(long id, long centreId, String centreName, String centreAlias, String firstName,
                            String lastName, boolean active, boolean erased) implements java.io.Serializable {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public DataSubject {
        Objects.requireNonNull(email, "email");
        people = List.copyOf(people);
        usernames = Set.copyOf(usernames);
        names = Set.copyOf(names);
        otherTexts = Set.copyOf(otherTexts);
    }

    public List<Long> personIds() {
        return people.stream().map(PersonRow::id).toList();
    }

    /** The person id the placeholders name. */
    public long reference() {
        return people.stream().mapToLong(PersonRow::id).min()
                .orElseThrow(() -> new IllegalStateException("No person row for " + email));
    }

    public static String placeholderName(long personId) {
        return ERASED_FIRST_NAME + " " + placeholderLastName(personId);
    }

    public static String placeholderLastName(long personId) {
        return "oseba #" + personId;
    }

    public static String placeholderEmail(long personId) {
        return "erased-" + personId + "@" + ERASED_DOMAIN;
    }

    public String placeholderName() {
        return placeholderName(reference());
    }

    public String placeholderUsername() {
        return "erased-" + reference();
    }

    public String placeholderEmail() {
        return placeholderEmail(reference());
    }

    /** The same person with more texts that identify them (e.g. a contact's phone number), for redacting. */
    public DataSubject alsoKnownBy(Set<String> texts) {
        Set<String> more = new LinkedHashSet<>(otherTexts);
        texts.stream().filter(text -> text != null && text.strip().length() >= 5).map(String::strip).forEach(more::add);
        return new DataSubject(email, people, usernames, names, more);
    }

    /** Every text that gives the person away in free text, longest first: the address, names, other texts. */
    public List<String> needles() {
        Set<String> needles = new LinkedHashSet<>();
        needles.add(email);
        needles.addAll(names);
        needles.addAll(otherTexts);
        List<String> sorted = new ArrayList<>(needles);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /** Whether a text mentions the person (letter case aside). */
    public boolean mentionedIn(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return needles().stream().anyMatch(needle -> lower.contains(needle.toLowerCase(Locale.ROOT)));
    }

    /** The lines of a text that mention the person, joined by " … ": what the export quotes of a longer text. */
    public String mentioningLines(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.lines().filter(this::mentionedIn).map(String::strip)
                .collect(java.util.stream.Collectors.joining(" … "));
        return lines.isEmpty() ? null : lines;
    }

    /**
     * The text with every mention of the person replaced: the address by the placeholder address, a name or another
     * text by the placeholder name. The rest of the text stays as it was.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String needle : needles()) {
            String replacement = needle.equals(email) ? placeholderEmail() : placeholderName();
            result = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return result;
    }
}

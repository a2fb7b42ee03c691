package si.mama.portal.people.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a centre says about one of its people. Normalises on construction (trimmed names,
 * lower-case e-mail) and refuses what can never be stored; friendlier per-field messages
 * come from the form's Bean Validation before this is built.
 */
public record PersonDetails(String firstName, String lastName, String email, String position,
                            EmploymentType employmentType, String language) {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int POSITION_MAX = 150;

    /** The languages the portal writes mails in, Slovenian first. */
    public static final List<String> LANGUAGES = List.of("sl", "en");

    /** Deliberately simple: one @, something before it, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PersonDetails {
        firstName = text(firstName, "firstName", NAME_MAX);
        lastName = text(lastName, "lastName", NAME_MAX);
        email = text(email, "email", EMAIL_MAX).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        position = position == null || position.isBlank() ? null : limit(position.strip(), "position", POSITION_MAX);
        Objects.requireNonNull(employmentType, "employmentType");
        language = language == null || language.isBlank() ? LANGUAGES.get(0) : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Not a portal language: " + language);
        }
    }

    /** Details of someone who reads Slovenian, the network's language. */
    public PersonDetails(String firstName, String lastName, String email, String position,
                         EmploymentType employmentType) {
        this(firstName, lastName, email, position, employmentType, null);
    }

    private static String text(String value, String field, int max) {
        Objects.requireNonNull(value, field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return limit(stripped, field, max);
    }

    private static String limit(String value, String field, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max);
        }
        return value;
    }
}

package si.mama.portal.practice.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a centre writes about a good practice. Normalised on construction (trimmed, blanks as null, the address in
 * lower case); a draft needs only its title, and {@link #missingForSubmission()} says what the office needs before
 * it can review it. The page checks lengths and the address first, so the exceptions here are a last guard.
 */
public record PracticeDetails(String title, String summary, String topic, String targetGroup, String partners,
                              Set<PartnerType> partnerTypes, String results, String contactName, String contactEmail) {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 100;
    public static final int TARGET_GROUP_MAX = 300;
    public static final int PARTNERS_MAX = 1000;
    public static final int TEXT_MAX = 8000;
    public static final int CONTACT_NAME_MAX = 150;
    public static final int EMAIL_MAX = 254;

    /** The fields a submitted practice must have, in the order of the form. */
    public static final List<String> REQUIRED_TO_SUBMIT = List.of("summary", "topic", "targetGroup", "results",
            "contactName", "contactEmail");

    /** Deliberately simple, as for people: one @, something before it, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PracticeDetails {
        title = text(title, "title", TITLE_MAX);
        if (title == null) {
            throw new IllegalArgumentException("A practice needs a title");
        }
        summary = text(summary, "summary", TEXT_MAX);
        topic = text(topic, "topic", TOPIC_MAX);
        targetGroup = text(targetGroup, "targetGroup", TARGET_GROUP_MAX);
        partners = text(partners, "partners", PARTNERS_MAX);
        partnerTypes = partnerTypes == null || partnerTypes.isEmpty()
                ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(partnerTypes);
        results = text(results, "results", TEXT_MAX);
        contactName = text(contactName, "contactName", CONTACT_NAME_MAX);
        contactEmail = text(contactEmail, "contactEmail", EMAIL_MAX);
        if (contactEmail != null) {
            contactEmail = contactEmail.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(contactEmail).matches()) {
                throw new IllegalArgumentException("Not an e-mail address: " + contactEmail);
            }
        }
    }

    /** A draft with nothing but its title. */
    public static PracticeDetails titled(String title) {
        return new PracticeDetails(title, null, null, null, null, null, null, null, null);
    }

    @Override
    public Set<PartnerType> partnerTypes() {
        return partnerTypes.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(partnerTypes);
    }

    /** The names of the fields (as in {@link #REQUIRED_TO_SUBMIT}) still empty; an empty list means complete. */
    public List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        Object[] values = {summary, topic, targetGroup, results, contactName, contactEmail};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                missing.add(REQUIRED_TO_SUBMIT.get(i));
            }
        }
        return missing;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max);
        }
        return stripped;
    }
}

package si.mama.portal.practice.boundary;

import si.mama.portal.centre.entity.Region;
import si.mama.portal.practice.entity.PartnerType;

import java.util.Locale;

/**
 * What the catalogue is narrowed by; any part may be {@code null}. {@code publicOnly} asks for what visitors who are
 * not signed in see (the public page), whoever is asking.
 */
public record PracticeFilter(String text, Region region, String topic, PartnerType partnerType, boolean publicOnly) {

    public static PracticeFilter all() {
        return new PracticeFilter(null, null, null, null, false);
    }

    public static PracticeFilter publicOnes() {
        return new PracticeFilter(null, null, null, null, true);
    }

    String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    String topicOrNull() {
        return topic == null || topic.isBlank() ? null : topic.strip();
    }
}

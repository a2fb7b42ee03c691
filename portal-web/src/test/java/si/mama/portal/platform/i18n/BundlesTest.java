package si.mama.portal.platform.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import si.mama.portal.centre.entity.ContactRole;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.stewardship.entity.ContactKind;
import si.mama.portal.stewardship.entity.MeetingFormat;
import si.mama.portal.stewardship.entity.MeetingStatus;
import si.mama.portal.stewardship.entity.OwnerSide;
import si.mama.portal.stewardship.entity.ProposalKind;
import si.mama.portal.practice.entity.PartnerType;
import si.mama.portal.practice.entity.PracticeStatus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slovenian and English texts stay complete: every key exists in both languages, every enum has its label. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/si/mama/portal/platform/i18n/" + name + ".properties")) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void slovenianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> slovenian = new TreeSet<>(load(bundle + "_sl").stringPropertyNames());
        Set<String> english = new TreeSet<>(load(bundle + "_en").stringPropertyNames());
        assertEquals(slovenian, english);
        assertEquals(load(bundle + "_sl"), load(bundle), "the default bundle is Slovenian");
    }

    @Test
    void everyEnumValueShownOnAPageHasALabel() throws IOException {
        Properties slovenian = load("messages_sl");
        Stream.of(Stream.of(Region.values()).map(Region::bundleKey),
                        Stream.of(MembershipStatus.values()).map(MembershipStatus::bundleKey),
                        Stream.of(ContactRole.values()).map(ContactRole::bundleKey),
                        Stream.of(EmploymentType.values()).map(EmploymentType::bundleKey),
                        Stream.of(MeetingFormat.values()).map(MeetingFormat::bundleKey),
                        Stream.of(MeetingStatus.values()).map(MeetingStatus::bundleKey),
                        Stream.of(ProposalKind.values()).map(ProposalKind::bundleKey),
                        Stream.of(OwnerSide.values()).map(OwnerSide::bundleKey),
                        Stream.of(ContactKind.values()).map(ContactKind::bundleKey),
                        Stream.of(PracticeStatus.values()).map(PracticeStatus::bundleKey),
                        Stream.of(PartnerType.values()).map(PartnerType::bundleKey),
                        Stream.of(si.mama.portal.people.entity.AccountState.values()).map(si.mama.portal.people.entity.AccountState::bundleKey))
                .flatMap(keys -> keys)
                .forEach(key -> assertTrue(slovenian.containsKey(key), key));
    }

    /** Every rule a stewardship entity or boundary refuses with has its message in Slovenian. */
    @ParameterizedTest
    @ValueSource(strings = {"tooLong", "proposalMissing", "taskMissing", "alreadyDone", "notMember", "heldInFuture",
            "alreadyHeld", "proposalTaken", "notHeld", "cancelled", "alreadyConfirmed", "notCentresTask",
            "contactInFuture", "noteMissing", "changedMeanwhile"})
    void everyStewardshipRefusalHasAMessage(String rule) throws IOException {
        assertTrue(load("messages_sl").containsKey("stewardship.error." + rule), rule);
    }

    @Test
    void slovenianTextsKeepTheirLetters() throws IOException {
        assertEquals("Koroška", load("messages_sl").getProperty("region.KOROSKA"));
    }
}

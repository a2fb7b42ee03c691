package si.mama.portal.practice.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static PracticeDetails complete(String title) {
        return new PracticeDetails(title, "  Mladinski delavci vodijo delavnice v šolah.  ", "Sodelovanje s šolami",
                "učenci 7.–9. razreda", "OŠ Brežice", Set.of(PartnerType.SCHOOL, PartnerType.MUNICIPALITY),
                "12 delavnic, 240 učencev", "Mojca Primer", "Mojca.Primer@Example.org");
    }

    private static String rule(Runnable change) {
        return assertThrows(PracticeRuleViolation.class, change::run).rule();
    }

    @Test
    void aNewPracticeIsADraftTheCentreMayEditAndThrowAway() {
        Practice practice = new Practice(PracticeDetails.titled("Prostovoljstvo"));
        assertEquals(PracticeStatus.DRAFT, practice.getStatus());
        assertTrue(practice.isEditable());
        practice.update(complete("Prostovoljstvo v poletnih taborih"));
        assertEquals("Prostovoljstvo v poletnih taborih", practice.getTitle());
        practice.requireDiscardable();
    }

    @Test
    void detailsAreNormalisedAndSayWhatIsMissingForSubmission() {
        PracticeDetails details = complete("Delavnice");
        assertEquals("Mladinski delavci vodijo delavnice v šolah.", details.summary());
        assertEquals("mojca.primer@example.org", details.contactEmail());
        assertEquals(List.of(), details.missingForSubmission());
        assertEquals(PracticeDetails.REQUIRED_TO_SUBMIT, PracticeDetails.titled("Le naslov").missingForSubmission());
        assertThrows(IllegalArgumentException.class, () -> PracticeDetails.titled("  "));
        assertThrows(IllegalArgumentException.class, () -> new PracticeDetails("Naslov", null, null, null, null, null,
                null, null, "ni-naslov"));
    }

    @Test
    void anIncompleteDraftIsNotSubmitted() {
        Practice practice = new Practice(PracticeDetails.titled("Le naslov"));
        assertEquals("incomplete", rule(() -> practice.submit(Instant.now())));
        assertEquals(PracticeStatus.DRAFT, practice.getStatus());
    }

    @Test
    void aSubmittedPracticeIsNoLongerTheCentresToEditOrSubmitAgain() {
        Practice practice = new Practice(complete("Delavnice"));
        practice.submit(Instant.now());
        assertEquals(PracticeStatus.SUBMITTED, practice.getStatus());
        assertFalse(practice.isEditable());
        assertEquals("notEditable", rule(() -> practice.update(complete("Drugačen naslov"))));
        assertEquals("alreadySubmitted", rule(() -> practice.submit(Instant.now())));
        assertEquals("notEditable", rule(() -> practice.attach(AttachmentFile.of("slika.png", PNG))));
        assertEquals("notDraft", rule(practice::requireDiscardable));
    }

    @Test
    void aPracticeCarriesAFewFilesOnly() {
        Practice practice = new Practice(complete("Delavnice"));
        for (int i = 0; i < Practice.MAX_ATTACHMENTS; i++) {
            practice.attach(AttachmentFile.of("slika" + i + ".png", PNG));
        }
        assertEquals("tooManyAttachments", rule(() -> practice.attach(AttachmentFile.of("ena-prevec.png", PNG))));
        assertEquals(Practice.MAX_ATTACHMENTS, practice.getAttachments().size());
    }

    @Test
    void statusesMoveOnlyAlongTheReviewPath() {
        assertEquals(EnumSet.of(PracticeStatus.SUBMITTED), PracticeStatus.DRAFT.next());
        assertEquals(EnumSet.of(PracticeStatus.SUBMITTED), PracticeStatus.CHANGES_REQUESTED.next());
        assertEquals(EnumSet.of(PracticeStatus.PUBLISHED, PracticeStatus.CHANGES_REQUESTED), PracticeStatus.SUBMITTED.next());
        assertEquals(EnumSet.of(PracticeStatus.WITHDRAWN, PracticeStatus.CHANGES_REQUESTED), PracticeStatus.PUBLISHED.next());
        assertEquals(EnumSet.of(PracticeStatus.PUBLISHED, PracticeStatus.CHANGES_REQUESTED), PracticeStatus.WITHDRAWN.next());
        assertFalse(PracticeStatus.DRAFT.mayBecome(PracticeStatus.PUBLISHED), "the office never publishes a draft");
        assertTrue(PracticeStatus.CHANGES_REQUESTED.isEditableByCentre());
        assertFalse(PracticeStatus.PUBLISHED.isEditableByCentre());
        assertFalse(PracticeStatus.DRAFT.isSubmitted());
    }

    @Test
    void partnerTypesAreStoredBetweenCommasSoOneTypeIsFoundByLike() {
        PartnerTypesConverter converter = new PartnerTypesConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(PartnerType.SCHOOL, PartnerType.NGO));
        assertEquals(",SCHOOL,NGO,", column);
        assertEquals(EnumSet.of(PartnerType.SCHOOL, PartnerType.NGO), converter.convertToEntityAttribute(column));
        assertEquals("", converter.convertToDatabaseColumn(Set.of()));
        assertEquals(EnumSet.noneOf(PartnerType.class), converter.convertToEntityAttribute(",GONE,"));
        assertEquals("%,SCHOOL,%", PartnerTypesConverter.pattern(PartnerType.SCHOOL));
    }
}

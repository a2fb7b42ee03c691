package si.mama.portal.centre.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Test
    void statusChangesAreDatedPeriodsAndTheLastIsTheCurrentStatus() {
        Centre centre = Centre.admit("mc-krsko", "Mladinski center Krško", "Krško", Region.POSAVSKA,
                MembershipStatus.CANDIDATE, LocalDate.of(2024, 3, 1));
        centre.changeMembership(MembershipStatus.MEMBER, LocalDate.of(2025, 1, 1), "sklep zbora", TODAY);
        centre.changeMembership(MembershipStatus.SUSPENDED, LocalDate.of(2025, 1, 1), null, TODAY);
        assertEquals(MembershipStatus.SUSPENDED, centre.getMembershipStatus());
        assertEquals(List.of(MembershipStatus.CANDIDATE, MembershipStatus.MEMBER, MembershipStatus.SUSPENDED),
                centre.getPeriods().stream().map(MembershipPeriod::getStatus).toList());
        assertEquals("sklep zbora", centre.getPeriods().get(1).getNote());
        assertEquals(LocalDate.of(2025, 1, 1), centre.getProfile().getMemberSince(), "becoming a member sets member since");
    }

    @Test
    void aStatusChangeIsNeverBeforeThePreviousNorToTheSameStatusAndLeavingNeedsADate() {
        Centre centre = Centre.admit("mc-krsko", "Mladinski center Krško", "Krško", Region.POSAVSKA,
                MembershipStatus.MEMBER, LocalDate.of(2024, 3, 1));
        assertEquals("sameStatus", refused(() -> centre.changeMembership(MembershipStatus.MEMBER, TODAY, null, TODAY)).rule());
        MembershipRuleViolation before = refused(() -> centre.changeMembership(MembershipStatus.SUSPENDED,
                LocalDate.of(2024, 2, 1), null, TODAY));
        assertEquals("beforePrevious", before.rule());
        assertEquals("from", before.field());
        assertEquals("leftNeedsDate", refused(() -> centre.changeMembership(MembershipStatus.LEFT, null, null, TODAY)).rule());
        assertEquals(MembershipStatus.MEMBER, centre.getMembershipStatus(), "nothing changed");
        assertEquals(1, centre.getPeriods().size());
        centre.changeMembership(MembershipStatus.SUSPENDED, null, null, TODAY);
        assertEquals(TODAY, centre.getPeriods().get(1).getFromDate(), "without a date the change is today's");
    }

    @Test
    void aCentreIsAdmittedOnlyAsACandidateOrAMemberWithADate() {
        assertEquals("admitStatus", refused(() -> Centre.admit("mc-x", "X", "Krško", Region.POSAVSKA,
                MembershipStatus.LEFT, TODAY)).rule());
        assertEquals("required", refused(() -> Centre.admit("mc-x", "X", "Krško", Region.POSAVSKA,
                MembershipStatus.MEMBER, null)).rule());
    }

    @Test
    void aHostelHasBedsAndACentreWithoutOneHasNone() {
        assertEquals("hostelBeds", refused(() -> profile("1234567", true, null)).rule());
        assertEquals("hostelBeds", refused(() -> profile("1234567", true, 0)).rule());
        assertEquals(24, profile("1234567", true, 24).getHostelBeds());
        assertNull(profile("1234567", false, 24).getHostelBeds(), "no hostel, no beds");
    }

    @Test
    void theRegistrationNumberHasSevenOrTenDigitsAndTheTaxNumberEight() {
        assertEquals("5012345", profile("50 12 345", false, null).getRegistrationNumber());
        assertEquals("5012345000", profile("5012345000", false, null).getRegistrationNumber());
        for (String wrong : List.of("123456", "12345678", "12345678901", "12345a7")) {
            MembershipRuleViolation refused = refused(() -> profile(wrong, false, null));
            assertEquals("registrationNumber", refused.rule(), wrong);
            assertEquals("registrationNumber", refused.field());
        }
        assertEquals("required", refused(() -> profile(" ", false, null)).rule());
        assertEquals("taxNumber", refused(() -> CentreProfile.of("Zavod", "1234567", "1234567", null, null, null,
                null, null, false, false, null, TODAY)).rule());
        assertEquals("postcode", refused(() -> CentreProfile.of("Zavod", "1234567", null, "Trg 1", "825", "Brežice",
                null, null, false, false, null, TODAY)).rule());
        assertEquals("foundedYear", refused(() -> CentreProfile.of("Zavod", "1234567", null, null, null, null,
                2027, null, false, false, null, TODAY)).rule());
        assertEquals("Trg 1, 8250 Brežice", CentreProfile.of("Zavod", "1234567", "12345678", "Trg 1", "8250", "Brežice",
                1998, null, true, false, null, TODAY).getAddress());
    }

    @Test
    void aFeeIsPaidWhenTheWholeAmountCameIn() {
        Centre centre = new Centre("mc-krsko", "Mladinski center Krško", "Krško", Region.POSAVSKA);
        MembershipFee fee = new MembershipFee(centre, 2026, new BigDecimal("150"), LocalDate.of(2026, 3, 31));
        assertFalse(fee.isPaid());
        assertTrue(fee.isOverdue(TODAY));
        fee.pay(LocalDate.of(2026, 4, 2), new BigDecimal("100.00"), TODAY);
        assertFalse(fee.isPaid(), "a part is not the whole");
        assertEquals(new BigDecimal("50.00"), fee.getOutstanding());
        fee.pay(LocalDate.of(2026, 4, 2), new BigDecimal("150.00"), TODAY);
        assertTrue(fee.isPaid());
        assertEquals(new BigDecimal("0.00"), fee.getOutstanding());
        assertEquals("paidInFuture", refused(() -> fee.pay(TODAY.plusDays(1), BigDecimal.TEN, TODAY)).rule());
        assertEquals("amount", refused(() -> fee.pay(TODAY, BigDecimal.ZERO, TODAY)).rule());
        assertEquals("amount", refused(() -> new MembershipFee(centre, 2026, new BigDecimal("1.005"), TODAY)).rule());
        assertEquals("amount", refused(() -> new MembershipFee(centre, 2026, new BigDecimal("2147483648"), TODAY)).rule());
        assertEquals("amount", refused(() -> fee.pay(TODAY, new BigDecimal("1E+309"), TODAY)).rule());
    }

    @Test
    void snapshotsGiveTheChangedFieldsWithOldAndNewValues() throws ReflectiveOperationException {
        Centre centre = new Centre("mc-krsko", "Mladinski center Krško", "Krško", Region.POSAVSKA);
        centre.changeContact("info@mc-krsko.example.org", null, null);
        CentreContact director = centre.addContactPerson(ContactRole.DIRECTOR, "Nina Kos", "nina@example.org", null);
        setId(director, 7L);
        RecordSnapshot before = RecordSnapshot.of(centre);
        centre.changeProfile(profile("1234567", true, 12));
        centre.changeContact("pisarna@mc-krsko.example.org", null, null);
        centre.changeContactPerson(7L, ContactRole.DIRECTOR, "Nina Kos", "nina.kos@example.org", null);
        List<RecordSnapshot.FieldChange> changes = before.changesTo(RecordSnapshot.of(centre));
        assertEquals(List.of(
                new RecordSnapshot.FieldChange("membership.field.legalName", null, null, "Zavod MC"),
                new RecordSnapshot.FieldChange("membership.field.registrationNumber", null, null, "1234567"),
                new RecordSnapshot.FieldChange("membership.field.hostel", null, "membership.no", "12"),
                new RecordSnapshot.FieldChange("membership.field.email", null, "info@mc-krsko.example.org",
                        "pisarna@mc-krsko.example.org"),
                new RecordSnapshot.FieldChange("membership.field.contact", null,
                        "membership.contactRole.DIRECTOR: Nina Kos, nina@example.org",
                        "membership.contactRole.DIRECTOR: Nina Kos, nina.kos@example.org")), changes);
        RecordSnapshot withContact = RecordSnapshot.of(centre);
        centre.removeContactPerson(7L);
        assertNull(withContact.changesTo(RecordSnapshot.of(centre)).get(0).newValue(), "a removed contact");
    }

    private static CentreProfile profile(String registrationNumber, boolean hostel, Integer beds) {
        return CentreProfile.of("Zavod MC", registrationNumber, null, null, null, null, null, null, false, hostel, beds,
                TODAY);
    }

    private static void setId(CentreContact contact, long id) throws ReflectiveOperationException {
        Field field = CentreContact.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(contact, id);
    }

    private static MembershipRuleViolation refused(Runnable change) {
        return assertThrows(MembershipRuleViolation.class, change::run);
    }
}

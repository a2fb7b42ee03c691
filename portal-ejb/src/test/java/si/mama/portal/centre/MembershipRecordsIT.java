package si.mama.portal.centre;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.centre.boundary.ContactDraft;
import si.mama.portal.centre.boundary.FeeYear;
import si.mama.portal.centre.boundary.MembershipFees;
import si.mama.portal.centre.boundary.MembershipRecords;
import si.mama.portal.centre.boundary.MyRecord;
import si.mama.portal.centre.boundary.NewCentre;
import si.mama.portal.centre.boundary.ProfileDraft;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.ContactRole;
import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.time.PortalClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;

/**
 * Membership records in Payara Micro against a real MariaDB: the change history keeps who, when and old → new; a
 * centre admin changes only its own contacts; office staff read; fees per year; admitting a centre and its event.
 */
@ExtendWith(ArquillianExtension.class)
public class MembershipRecordsIT {

    private static final LocalDate TODAY = PortalClock.today();

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(MembershipRecordsIT.class, AdmittedCentres.class);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    MembershipRecords records;

    @Inject
    MyRecord myRecord;

    @Inject
    MembershipFees fees;

    @Inject
    AdmittedCentres admittedCentres;

    @Inject
    TestCentres centres;

    @Test
    void theHistoryKeepsWhoWhenAndOldAndNewForAProfileAStatusAndAContactChange() throws PortalException {
        Caller.CentreRef centre = centres.createMember("history");
        signIn(officeAdmin());
        Centre before = records.record(centre.id());
        records.changeProfile(centre.id(), before.getVersion(), profile(before, "Zavod Mladinski center Test"));
        records.changeStatus(centre.id(), MembershipStatus.SUSPENDED, TODAY.minusDays(1), "neplačana članarina");
        records.addContact(centre.id(), new ContactDraft(ContactRole.DIRECTOR, "Nina Kos", "nina@example.org", null));

        List<CentreChange> history = records.history(centre.id(), 0, 50).rows();
        CentreChange contact = history.get(0);
        assertEquals("membership.field.contact", contact.getField(), "newest first");
        assertEquals("membership.contactRole.DIRECTOR: Nina Kos, nina@example.org", contact.getNewValue());
        CentreChange status = change(history, "membership.field.status");
        assertEquals("membership.MEMBER", status.getOldValue());
        assertEquals("membership.SUSPENDED", status.getNewValue());
        CentreChange legalName = change(history, "membership.field.legalName");
        assertEquals(null, legalName.getOldValue());
        assertEquals("Zavod Mladinski center Test", legalName.getNewValue());
        assertEquals("office.admin", legalName.getChangedBy());
        assertEquals("Office admin", legalName.getChangedByName());
        assertNotNull(legalName.getChangedAt());
        assertEquals(MembershipStatus.SUSPENDED, records.record(centre.id()).getMembershipStatus(),
                "the centre's status is the current period's");
        assertEquals(2, records.record(centre.id()).getPeriods().size());

        refused("membership.error.beforePrevious", () -> records.changeStatus(centre.id(), MembershipStatus.MEMBER,
                LocalDate.of(2000, 1, 1), null));
        refused("membership.error.sameStatus", () -> records.changeStatus(centre.id(), MembershipStatus.SUSPENDED,
                TODAY, null));
        refused("membership.error.registrationNumber", () -> records.changeProfile(centre.id(),
                records.record(centre.id()).getVersion(), withRegistration(records.record(centre.id()), "123")));
        assertEquals(history.size(), records.history(centre.id(), 0, 50).total(), "refusals leave no history");
    }

    @Test
    void aCentreAdminChangesItsOwnContactsButNotItsProfileStatusNorAnotherCentre() throws PortalException {
        Caller.CentreRef own = centres.createMember("own-contacts");
        Caller.CentreRef other = centres.createMember("other-contacts");
        signIn(officeAdmin());
        long otherContact = records.addContact(other.id(), new ContactDraft(ContactRole.ACCOUNTING, "Rok Breg", null,
                "041 000 000")).getContacts().get(0).getId();

        signIn(centreAdmin(own));
        myRecord.changeContactFields("pisarna@own.example.org", "07 000 00 00", "https://own.example.org");
        Centre mine = myRecord.addContact(new ContactDraft(ContactRole.CONTACT_PERSON, "Eva Lipa", "eva@example.org", null));
        long eva = mine.getContacts().get(0).getId();
        myRecord.changeContact(eva, new ContactDraft(ContactRole.CONTACT_PERSON, "Eva Lipa", "eva.lipa@example.org", null));
        List<CentreChange> history = myRecord.history(0, 50).rows();
        assertEquals("membership.contactRole.CONTACT_PERSON: Eva Lipa, eva@example.org", history.get(0).getOldValue());
        assertEquals(centreAdmin(own).username(), history.get(0).getChangedBy());
        assertEquals("pisarna@own.example.org", change(history, "membership.field.email").getNewValue());
        refused("membership.error.invalidEmail", () -> myRecord.changeContactFields("not-an-address", null, null));

        long version = myRecord.mine().getVersion();
        assertThrows(AccessDeniedException.class, () -> records.changeProfile(own.id(), version,
                profile(myRecord.mine(), "Prevzet naziv")), "the legal name is the office's");
        assertThrows(AccessDeniedException.class, () -> records.changeStatus(own.id(), MembershipStatus.LEFT, TODAY, null));
        assertThrows(AccessDeniedException.class, () -> records.changeContactFields(other.id(), "x@example.org", null, null));
        assertThrows(AccessDeniedException.class, () -> records.record(other.id()));
        refused("membership.error.noSuchContact", () -> myRecord.removeContact(otherContact));

        signIn(officeAdmin());
        Centre otherNow = records.record(other.id());
        assertEquals(1, otherNow.getContacts().size(), "the other centre's contact stays");
        assertEquals(null, otherNow.getEmail());
        Centre ownNow = records.record(own.id());
        assertEquals(null, ownNow.getProfile().getLegalName(), "nothing changed");
        assertEquals(MembershipStatus.MEMBER, ownNow.getMembershipStatus());
        assertEquals("eva.lipa@example.org", ownNow.getContacts().get(0).getEmail());

        signIn(centreStaff(own));
        assertEquals(own.id(), myRecord.mine().getId(), "staff read their centre's record");
        assertThrows(AccessDeniedException.class, () -> myRecord.removeContact(eva), "only the admin edits contacts");
        signIn(centreAdmin(own));
        myRecord.removeContact(eva);
        assertEquals(null, myRecord.history(0, 1).rows().get(0).getNewValue(), "a removed contact");
    }

    @Test
    void officeStaffReadRecordsAndFeesButWriteNothing() throws PortalException {
        Caller.CentreRef centre = centres.createMember("steward-reads");
        signIn(officeSteward());
        Centre record = records.record(centre.id());
        assertEquals(centre.id(), record.getId());
        assertNotNull(records.history(centre.id(), 0, 10));
        assertNotNull(fees.ofYear(TODAY.getYear(), false));
        assertThrows(AccessDeniedException.class, () -> records.changeProfile(centre.id(), record.getVersion(),
                profile(record, "Zavod")));
        assertThrows(AccessDeniedException.class, () -> records.changeStatus(centre.id(), MembershipStatus.LEFT, TODAY, null));
        assertThrows(AccessDeniedException.class, () -> records.addContact(centre.id(),
                new ContactDraft(ContactRole.OTHER, "X", null, null)));
        assertThrows(AccessDeniedException.class, () -> fees.setForYear(TODAY.getYear(), BigDecimal.TEN, TODAY));
        assertThrows(AccessDeniedException.class, () -> records.admit(new NewCentre("mc-steward-" + suffix(), "MC",
                "Celje", Region.SAVINJSKA, MembershipStatus.MEMBER, TODAY)));
        signIn(centreAdmin(centre));
        assertThrows(AccessDeniedException.class, () -> fees.ofYear(TODAY.getYear(), false));
        signIn(officeSteward());
        assertEquals(0, records.history(centre.id(), 0, 10).total(), "steward changed nothing");
    }

    @Test
    void aYearsFeeIsSetForMembersWithoutOneAndTheTotalsAddUp() throws PortalException {
        int year = 1900 + ThreadLocalRandom.current().nextInt(90);
        Caller.CentreRef a = centres.createMember("fee-a");
        Caller.CentreRef b = centres.createMember("fee-b");
        Caller.CentreRef candidate = centres.create("fee-candidate");
        signIn(officeAdmin());
        int first = fees.setForYear(year, new BigDecimal("150.00"), LocalDate.of(year, 3, 31));
        assertTrue(first >= 2, "every member");
        assertEquals(0, fees.setForYear(year, new BigDecimal("999.00"), LocalDate.of(year, 6, 30)),
                "centres that have the year's fee keep it");
        FeeYear all = fees.ofYear(year, false);
        assertEquals(first, all.count());
        assertTrue(all.fees().stream().noneMatch(f -> f.getCentre().getId() == candidate.id()), "members only");
        MembershipFee feeA = fee(all, a);
        assertEquals(new BigDecimal("150.00"), feeA.getAmountDue());
        fees.pay(feeA.getId(), LocalDate.of(year, 3, 1), new BigDecimal("150.00"));
        fees.pay(fee(all, b).getId(), LocalDate.of(year, 4, 1), new BigDecimal("50.00"));

        FeeYear paid = fees.ofYear(year, false);
        BigDecimal due = new BigDecimal("150.00").multiply(BigDecimal.valueOf(first));
        assertEquals(due, paid.due());
        assertEquals(new BigDecimal("200.00"), paid.paid());
        assertEquals(due.subtract(new BigDecimal("200.00")), paid.outstanding());
        assertEquals(1, paid.paidCount());
        FeeYear unpaid = fees.ofYear(year, true);
        assertEquals(first - 1, unpaid.fees().size(), "a part paid is still unpaid");
        assertTrue(unpaid.fees().stream().noneMatch(f -> f.getCentre().getId() == a.id()));
        assertEquals(List.of("membership.field.feePaid", "membership.field.fee"),
                records.history(a.id(), 0, 10).rows().stream().map(CentreChange::getField).toList());
        refused("membership.error.paidInFuture", () -> fees.pay(feeA.getId(), TODAY.plusDays(2), BigDecimal.ONE));
    }

    @Test
    void aDuplicateAliasIsRefusedWithoutAnEventAndAFailingObserverLeavesNoCentre() throws PortalException {
        signIn(officeAdmin());
        String alias = "mc-new-" + suffix();
        Centre admitted = records.admit(new NewCentre(alias, "Mladinski center Novi", "Krško", Region.POSAVSKA,
                MembershipStatus.CANDIDATE, TODAY));
        assertTrue(admittedCentres.saw(alias));
        assertEquals(MembershipStatus.CANDIDATE, records.record(admitted.getId()).getMembershipStatus());
        assertEquals(1, records.record(admitted.getId()).getPeriods().size());
        assertEquals("membership.CANDIDATE", records.history(admitted.getId(), 0, 1).rows().get(0).getNewValue());

        String twin = alias.toUpperCase();
        PortalException duplicate = assertThrows(PortalException.class, () -> records.admit(new NewCentre(twin,
                "Dvojnik", "Celje", Region.SAVINJSKA, MembershipStatus.MEMBER, TODAY)));
        assertEquals("membership.error.aliasTaken", duplicate.messageKey());
        assertEquals("alias", duplicate.field());
        refused("membership.error.aliasInvalid", () -> records.admit(new NewCentre("mc novi", "X", "Celje",
                Region.SAVINJSKA, MembershipStatus.MEMBER, TODAY)));

        String failing = "mc-fail-" + suffix();
        assertThrows(Exception.class, () -> records.admit(new NewCentre(failing, "MC " + AdmittedCentres.FAIL, "Celje",
                Region.SAVINJSKA, MembershipStatus.MEMBER, TODAY)));
        assertTrue(admittedCentres.saw(failing), "the observer ran");
        PortalException retried = assertThrows(PortalException.class, () -> records.admit(new NewCentre(failing,
                "MC", "Celje", Region.SAVINJSKA, MembershipStatus.SUSPENDED, TODAY)));
        assertEquals("membership.error.admitStatus", retried.messageKey(), "the alias is free again: rolled back");
    }

    // ---------------------------------------------------------------- helpers

    private static ProfileDraft profile(Centre centre, String legalName) {
        return new ProfileDraft(centre.getName(), centre.getMunicipality(), centre.getRegion(), legalName, "5012345",
                "12345678", "Trg 1", "3000", "Celje", 1999, null, true, true, 20);
    }

    private static ProfileDraft withRegistration(Centre centre, String registrationNumber) {
        return new ProfileDraft(centre.getName(), centre.getMunicipality(), centre.getRegion(), "Zavod",
                registrationNumber, null, null, null, null, null, null, false, false, null);
    }

    private static CentreChange change(List<CentreChange> history, String field) {
        return history.stream().filter(c -> c.getField().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + history));
    }

    private static MembershipFee fee(FeeYear year, Caller.CentreRef centre) {
        return year.fees().stream().filter(f -> f.getCentre().getId() == centre.id()).findFirst().orElseThrow();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void signIn(Caller caller) {
        currentUser.signIn(caller);
    }

    @FunctionalInterface
    private interface PortalCall {
        void run() throws PortalException;
    }

    private static void refused(String key, PortalCall call) {
        PortalException refused = assertThrows(PortalException.class, call::run);
        assertEquals(key, refused.messageKey());
    }
}

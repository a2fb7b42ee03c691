package si.mama.portal.stewardship;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.plan.boundary.Measures;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.CentreMeetings;
import si.mama.portal.stewardship.boundary.Coverage;
import si.mama.portal.stewardship.boundary.CoverageReport;
import si.mama.portal.stewardship.boundary.Proposals;
import si.mama.portal.stewardship.boundary.StewardedCentre;
import si.mama.portal.stewardship.boundary.Stewardship;
import si.mama.portal.stewardship.entity.ContactKind;
import si.mama.portal.stewardship.entity.FollowUp;
import si.mama.portal.stewardship.entity.Meeting;
import si.mama.portal.stewardship.entity.MeetingFormat;
import si.mama.portal.stewardship.entity.MeetingPlan;
import si.mama.portal.stewardship.entity.Minutes;
import si.mama.portal.stewardship.entity.OwnerSide;
import si.mama.portal.stewardship.entity.ProposalKind;
import si.mama.portal.stewardship.entity.SharedMeeting;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;

/**
 * Stewardship in Payara Micro against a real MariaDB: meetings and their minutes, what a centre may read of them
 * (never the internal note), who may write, the centres due for a visit, the coverage of members and its measure.
 */
@ExtendWith(ArquillianExtension.class)
public class StewardshipServicesIT {

    private static final LocalDate TODAY = PortalClock.today();

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(StewardshipServicesIT.class);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Stewardship stewardship;

    @Inject
    CentreMeetings centreMeetings;

    @Inject
    Coverage coverage;

    @Inject
    Proposals proposals;

    @Inject
    Measures measures;

    @Inject
    TestCentres centres;

    @Test
    void aCentreReadsItsSharedMinutesButNeverTheInternalNoteNorAnotherCentresMeeting() throws PortalException {
        Caller.CentreRef own = centres.createMember("minutes");
        Caller.CentreRef other = centres.createMember("minutes-other");
        long meetingId = heldMeeting(own, TODAY.minusDays(3));
        long otherMeeting = heldMeeting(other, TODAY.minusDays(2));

        signIn(centreStaff(own));
        assertThrows(AccessDeniedException.class, () -> centreMeetings.find(meetingId), "meetings are the centre admin's");
        signIn(centreAdmin(own));
        SharedMeeting shared = centreMeetings.find(meetingId);
        assertEquals("Center ima novo ekipo.", shared.getSituation());
        assertEquals("Usposabljanje za prostovoljce.", shared.getNeeds());
        assertEquals(1, shared.getFollowUps().size());
        assertEquals(1, shared.getProposals().size());
        assertFalse(Arrays.stream(SharedMeeting.class.getDeclaredFields()).map(Field::getName)
                .anyMatch(name -> name.toLowerCase().contains("internal")), "the centre's view has no internal note at all");
        assertEquals(List.of(meetingId), centreMeetings.mine().stream().map(SharedMeeting::getId).toList());
        assertThrows(NotFoundException.class, () -> centreMeetings.find(otherMeeting), "another centre's meeting by id");
        assertThrows(AccessDeniedException.class, () -> stewardship.meeting(meetingId), "the office's view is the office's");
        signIn(centreStaff(own));
        assertThrows(AccessDeniedException.class, () -> centreMeetings.confirm(meetingId), "the admin confirms");

        signIn(officeSteward());
        assertEquals("Direktor razmišlja o odhodu.", stewardship.meeting(meetingId).getInternalNote());
    }

    @Test
    void theCentreConfirmsTheMinutesAndItsOwnFollowUpsAndAChangeOfTheSharedPartAsksForANewConfirmation()
            throws PortalException {
        Caller.CentreRef centre = centres.createMember("confirm");
        long meetingId = heldMeeting(centre, TODAY.minusDays(5));
        signIn(officeAdmin());
        stewardship.assignSteward(centre.id(), "office.steward", "Miha Steward");
        signIn(officeSteward());
        Meeting meeting = stewardship.meeting(meetingId);
        long officeTask = stewardship.addFollowUp(meetingId, "Poslati gradivo", OwnerSide.OFFICE, "pisarna", null).getId();
        long centreTask = meeting.getFollowUps().get(0).getId();

        signIn(centreAdmin(centre));
        assertNotNull(centreMeetings.confirm(meetingId).getConfirmedAt());
        refused("stewardship.error.alreadyConfirmed", () -> centreMeetings.confirm(meetingId));
        assertNotNull(centreMeetings.followUpDone(centreTask).getDoneAt());
        refused("stewardship.error.notCentresTask", () -> centreMeetings.followUpDone(officeTask));

        signIn(officeSteward());
        Meeting confirmed = stewardship.meeting(meetingId);
        assertNotNull(confirmed.getConfirmedAt());
        assertEquals(1, confirmed.getFollowUps().stream().filter(FollowUp::isDone).count());
        stewardship.record(meetingId, confirmed.getVersion(), new Minutes(TODAY.minusDays(5), "Center ima novo ekipo.",
                "Usposabljanje za prostovoljce in mentorje.", null, "Direktor razmišlja o odhodu."));
        assertNull(stewardship.meeting(meetingId).getConfirmedAt(), "changed minutes need a new confirmation");
        refused("stewardship.error.changedMeanwhile", () -> stewardship.record(meetingId, confirmed.getVersion(),
                new Minutes(TODAY.minusDays(5), "x", null, null, null)));
    }

    @Test
    void aStewardWritesOnlyForTheirCentresAndTheOfficeAdminForAll() throws PortalException {
        Caller.CentreRef mine = centres.createMember("steward-mine");
        Caller.CentreRef notMine = centres.createMember("steward-other");
        signIn(officeAdmin());
        stewardship.assignSteward(mine.id(), "office.steward", "Miha Steward");
        stewardship.assignSteward(notMine.id(), "someone.else", "Nekdo Drug");

        signIn(officeSteward());
        Meeting planned = stewardship.plan(mine.id(), new MeetingPlan(TODAY.plusDays(7), MeetingFormat.ONLINE,
                "Miha", "Direktor", "Pregled leta"));
        assertThrows(AccessDeniedException.class, () -> stewardship.plan(notMine.id(), new MeetingPlan(TODAY,
                MeetingFormat.ON_SITE, null, null, null)));
        refused("stewardship.error.heldInFuture", () -> stewardship.record(planned.getId(), planned.getVersion(),
                new Minutes(TODAY.plusDays(1), null, null, null, null)));
        refused("stewardship.error.notHeld", () -> stewardship.addProposal(planned.getId(), "Več srečanj", null,
                ProposalKind.OTHER));
        List<StewardedCentre> myCentres = stewardship.centresOf(null);
        StewardedCentre line = myCentres.stream().filter(s -> s.centre().getId() == mine.id()).findFirst().orElseThrow();
        assertEquals(TODAY.plusDays(7), line.nextMeeting());
        assertTrue(myCentres.stream().noneMatch(s -> s.centre().getId() == notMine.id()));
        stewardship.logContact(mine.id(), TODAY, ContactKind.CALL, "Dogovor o terminu srečanja");
        assertEquals(TODAY, stewardship.centresOf(null).stream().filter(s -> s.centre().getId() == mine.id())
                .findFirst().orElseThrow().lastContact(), "a call is a contact");

        signIn(centreAdmin(mine));
        assertThrows(AccessDeniedException.class, () -> stewardship.logContact(mine.id(), TODAY, ContactKind.CALL, "x"));
        signIn(officeAdmin());
        stewardship.plan(notMine.id(), new MeetingPlan(TODAY.plusDays(3), MeetingFormat.ON_SITE, null, null, null));
    }

    @Test
    void theDueQueueListsUnvisitedMembersLongestFirstAndCoverageCountsMembersMetInTheYear() throws PortalException {
        Caller.CentreRef never = centres.createMember("due-never");
        Caller.CentreRef lastYear = centres.createMember("due-last-year");
        Caller.CentreRef thisYear = centres.createMember("due-this-year");
        heldMeeting(lastYear, LocalDate.of(TODAY.getYear() - 1, 6, 1));
        heldMeeting(thisYear, TODAY.withDayOfYear(1));

        signIn(officeSteward());
        List<Long> due = stewardship.dueForVisit(null).stream().map(s -> s.centre().getId()).toList();
        assertTrue(due.contains(never.id()) && due.contains(lastYear.id()));
        assertFalse(due.contains(thisYear.id()), "met this year");
        assertTrue(due.indexOf(never.id()) < due.indexOf(lastYear.id()), "never visited comes first");

        int year = 1950 + ThreadLocalRandom.current().nextInt(50);
        Caller.CentreRef a = centres.createMember("coverage-a");
        Caller.CentreRef b = centres.createMember("coverage-b");
        heldMeeting(a, LocalDate.of(year, 3, 1));
        heldMeeting(a, LocalDate.of(year, 9, 1));
        heldMeeting(b, LocalDate.of(year, 5, 1));

        signIn(officeAdmin());
        CoverageReport report = coverage.of(year);
        assertEquals(2, report.met(), "two centres met, one of them twice");
        assertEquals(BigDecimal.valueOf(200).divide(BigDecimal.valueOf(report.members()), 1, java.math.RoundingMode.HALF_UP),
                report.getPercent(), "met of all members");
        assertEquals(2, report.byRegion().stream().filter(l -> l.key().equals("SAVINJSKA")).findFirst().orElseThrow().met());
        assertEquals(report.getPercent(), measures.valueOf("stewardship.coverage", year).orElseThrow());
        assertFalse(report.isOnTarget());
        assertEquals(List.of("Več usposabljanj v regiji", "Več usposabljanj v regiji", "Več usposabljanj v regiji"),
                proposals.ofYear(year).stream().map(p -> p.getText()).toList(), "one proposal per meeting");
        long proposal = proposals.ofYear(year).get(0).getId();
        assertTrue(proposals.take(proposal, true).isTaken());
        signIn(officeSteward());
        assertThrows(AccessDeniedException.class, () -> proposals.take(proposal, false));
        assertThrows(AccessDeniedException.class, () -> stewardship.assignSteward(a.id(), "x", "X"));
    }

    // ---------------------------------------------------------------- helpers

    /** A meeting held on {@code heldOn} with shared minutes, an internal note, a proposal and the centre's task. */
    private long heldMeeting(Caller.CentreRef centre, LocalDate heldOn) throws PortalException {
        signIn(officeAdmin());
        Meeting meeting = stewardship.plan(centre.id(), new MeetingPlan(heldOn, MeetingFormat.ON_SITE, "Skrbnik",
                "Direktor", "Pregled"));
        stewardship.record(meeting.getId(), meeting.getVersion(), new Minutes(heldOn, "Center ima novo ekipo.",
                "Usposabljanje za prostovoljce.", null, "Direktor razmišlja o odhodu."));
        stewardship.addProposal(meeting.getId(), "Več usposabljanj v regiji", "usposabljanje", ProposalKind.NEXT_PLAN);
        stewardship.addFollowUp(meeting.getId(), "Poslati seznam prostovoljcev", OwnerSide.CENTRE, "direktor",
                heldOn.plusDays(14));
        return meeting.getId();
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

package si.mama.portal.academy;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.academy.boundary.RegistrationChanged;
import si.mama.portal.academy.boundary.RegistrationOutcome;
import si.mama.portal.academy.boundary.RegistrationOutcome.Kind;
import si.mama.portal.academy.boundary.Registrations;
import si.mama.portal.academy.entity.Registration;
import si.mama.portal.academy.entity.RegistrationStatus;
import si.mama.portal.centre.boundary.Centres;
import si.mama.portal.centre.entity.StaffRequests;
import si.mama.portal.people.boundary.People;
import si.mama.portal.plan.boundary.Measures;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.AcademyTables;
import si.mama.portal.platform.testing.AcademyTables.RegistrationRow;
import si.mama.portal.platform.testing.AcademyTables.Snapshot;
import si.mama.portal.platform.testing.AcademyTables.TrainingRow;
import si.mama.portal.platform.testing.ParallelCalls;
import si.mama.portal.platform.testing.ParallelCalls.Call;
import si.mama.portal.platform.testing.ParallelCalls.Result;
import si.mama.portal.platform.testing.ParallelCalls.Run;
import si.mama.portal.platform.testing.RegistrationEvents;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestTrainings;
import si.mama.portal.platform.time.PortalClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.CANCELLED;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.PROMOTED;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;
import static si.mama.portal.platform.testing.PersonDetailsBuilder.aPerson;

/**
 * The academy's services in Payara Micro against a real MariaDB: many centres registering for one training at
 * the same moment, the registration rules, the waitlist, tenant isolation and the plan's measures. One class on
 * purpose: every Arquillian deployment starts its own Payara Micro. Each test makes its own centres, people and
 * trainings ({@link TestTrainings}), signs in through {@link CurrentUser} as the web layer does, and checks the
 * database with plain JDBC ({@link AcademyTables}), never through the boundary under test.
 */
@ExtendWith(ArquillianExtension.class)
public class AcademyServicesIT {

    private static final Logger LOG = Logger.getLogger(AcademyServicesIT.class.getName());

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(AcademyServicesIT.class, TestTrainings.class, AcademyTables.class,
                ParallelCalls.class, RegistrationEvents.class);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Registrations registrations;

    @Inject
    People people;

    @Inject
    Measures measures;

    @Inject
    si.mama.portal.academy.boundary.Attendances attendances;

    @Inject
    si.mama.portal.academy.boundary.Certificates certificates;

    @Inject
    si.mama.portal.academy.boundary.TrainingRecords trainingRecords;

    @Inject
    si.mama.portal.academy.boundary.Trainings trainingsBoundary;

    @Inject
    TestCentres centres;

    @Inject
    TestTrainings trainings;

    @Inject
    AcademyTables tables;

    @Inject
    RegistrationEvents events;

    @Inject
    Centres centreSettings;

    @Inject
    ParallelCalls parallel;

    // ---------------------------------------------------------------- many centres at once

    /** One person's outcome as a call returned it, taken apart on the calling thread. */
    private record Outcome(long personId, Kind kind, Integer waitlistPosition) {
    }

    @Test
    void twoHundredCallsAtOnceFillEverySeatOnceKeepEveryQuotaAndNumberTheWaitlistInArrivalOrder() throws Exception {
        int capacity = 30;
        int quota = 3;
        long trainingId = trainings.published("naval", capacity, quota);
        // 70 centres, each with one person more than the quota: every centre ends with exactly its quota
        List<CentrePeople> all = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            all.add(centreWithPeople("rush" + i, 4));
        }
        List<Call<List<Outcome>>> calls = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CentrePeople centre = all.get(i);
            List<Long> p = centre.people();
            if (i < 30) {
                calls.add(registerCall(centre, trainingId, p));  // the centre's four people in one call
            } else if (i < 60) {
                p.forEach(person -> calls.add(registerCall(centre, trainingId, List.of(person))));  // four calls at once
            } else {
                // the same person twice at once, and people in two calls that overlap
                calls.add(registerCall(centre, trainingId, List.of(p.get(0))));
                calls.add(registerCall(centre, trainingId, List.of(p.get(0))));
                calls.add(registerCall(centre, trainingId, List.of(p.get(1), p.get(2))));
                calls.add(registerCall(centre, trainingId, List.of(p.get(3))));
                calls.add(registerCall(centre, trainingId, List.of(p.get(2), p.get(1))));
            }
        }
        long seed = System.nanoTime();
        Collections.shuffle(calls, new Random(seed));
        assertEquals(200, calls.size());
        int attempts = calls.stream().mapToInt(call -> Integer.parseInt(call.label().replaceAll(".*#", ""))).sum();

        Run<List<Outcome>> run = parallel.together(calls, Duration.ofSeconds(120));

        List<Outcome> outcomes = run.results().stream().filter(result -> result.value() != null)
                .flatMap(result -> result.value().stream()).toList();
        Map<Kind, Long> kinds = outcomes.stream().collect(Collectors.groupingBy(Outcome::kind, Collectors.counting()));
        LOG.info(() -> "Concurrent registration: " + calls.size() + " calls (" + attempts + " people) by " + all.size()
                + " centres, shuffle seed " + seed + "; " + run.readyAtRelease() + " threads waiting at the latch, at most "
                + run.maxInside() + " calls inside at once, all done in " + run.elapsed().toMillis() + " ms; outcomes "
                + kinds + "; failures " + run.failures().size());
        assertEquals(List.of(), run.failures().stream().map(AcademyServicesIT::describe).toList(),
                "no exception may escape a registration (a deadlock or lock wait timeout is a bug)");
        assertEquals(calls.size(), run.readyAtRelease(), "every call waited at the latch: they ran together");
        assertTrue(run.maxInside() > 1, "calls overlapped: " + run.maxInside());

        int registered = all.size() * quota;
        int waitlisted = registered - capacity;
        List<RegistrationRow> rows = tables.registrations(trainingId);
        TrainingRow training = tables.training(trainingId);
        Map<Long, Long> centreOfPerson = new HashMap<>();
        all.forEach(centre -> centre.people().forEach(person -> centreOfPerson.put(person, centre.centre().id())));
        Map<Long, String> adminOfCentre = all.stream()
                .collect(Collectors.toMap(centre -> centre.centre().id(), centre -> centre.centre().alias() + ".admin"));
        assertAll(
                () -> assertEquals(registered, rows.size(), "each centre holds exactly its quota"),
                () -> assertTrue(rows.stream().allMatch(RegistrationRow::live)),
                () -> assertEquals(capacity, rows.stream().filter(row -> row.status().equals("CONFIRMED")).count()),
                () -> assertEquals(waitlisted, rows.stream().filter(row -> row.status().equals("WAITLISTED")).count()),
                () -> assertEquals(IntStream.rangeClosed(1, waitlisted).boxed().toList(), rows.stream()
                                .map(RegistrationRow::waitlistPosition).filter(position -> position != null).sorted().toList(),
                        "waitlist positions 1..n, no gap, no duplicate"),
                () -> assertEquals(capacity, training.seatsTaken()),
                () -> assertEquals(waitlisted, training.waitlistLength()),
                () -> assertEquals(registered, rows.stream().map(RegistrationRow::personId).distinct().count(),
                        "one live registration per person"),
                () -> assertEquals(Set.of((long) quota), Set.copyOf(rows.stream()
                        .collect(Collectors.groupingBy(RegistrationRow::centreId, Collectors.counting())).values()),
                        "no centre above its quota"),
                () -> assertTrue(rows.stream().allMatch(row -> centreOfPerson.get(row.personId()) == row.centreId()),
                        "each registration is stored in its person's centre"),
                () -> assertTrue(rows.stream().allMatch(row -> adminOfCentre.get(row.centreId()).equals(row.registeredBy())),
                        "registered by the centre's own admin"));
        // arrival order: seats to the first 30 rows inserted, then the waitlist numbered in insertion order
        List<String> inOrder = rows.stream().map(row -> row.status().equals("CONFIRMED") ? "C" : "W" + row.waitlistPosition())
                .toList();
        List<String> expectedOrder = new ArrayList<>(Collections.nCopies(capacity, "C"));
        IntStream.rangeClosed(1, waitlisted).forEach(position -> expectedOrder.add("W" + position));
        assertEquals(expectedOrder, inOrder, "seats and waitlist places in the order the rows were inserted");

        // every outcome returned matches the database
        Map<Long, RegistrationRow> rowOfPerson = rows.stream()
                .collect(Collectors.toMap(RegistrationRow::personId, Function.identity()));
        List<Outcome> granted = outcomes.stream().filter(outcome -> outcome.kind().isRegistered()).toList();
        assertEquals(attempts, outcomes.size(), "one outcome per person asked for");
        assertEquals(registered, granted.size(), "as many places reported as stored");
        assertEquals(registered, granted.stream().map(Outcome::personId).distinct().count());
        for (Outcome outcome : outcomes) {
            RegistrationRow row = rowOfPerson.get(outcome.personId());
            switch (outcome.kind()) {
                case CONFIRMED, WAITLISTED -> {
                    assertNotNull(row, outcome + " has a row");
                    assertEquals(outcome.kind().name(), row.status(), outcome.toString());
                    assertEquals(outcome.waitlistPosition(), row.waitlistPosition(), outcome.toString());
                }
                case ALREADY_REGISTERED -> assertNotNull(row, outcome + ": registered by the other call");
                case QUOTA_REACHED -> assertNull(row, outcome + " has no row");
                default -> fail("unexpected " + outcome);
            }
        }
        assertEquals(kinds.getOrDefault(Kind.QUOTA_REACHED, 0L) + kinds.getOrDefault(Kind.ALREADY_REGISTERED, 0L),
                attempts - registered, "every other attempt was refused as an outcome");

        // one event per registration made, of the matching kind
        List<RegistrationChanged> fired = events.ofTraining(trainingId);
        assertEquals(rows.stream().map(row -> row.id() + ":" + row.status()).sorted().toList(),
                fired.stream().map(event -> event.registrationId() + ":" + event.what()).sorted().toList());
    }

    @Test
    void cancellationsAndRegistrationsAtOnceKeepTheSeatsFilledAndTheWaitlistInArrivalOrder() throws Exception {
        int capacity = 10;
        long trainingId = trainings.published("menjave", capacity, null);
        List<CentrePeople> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            CentrePeople centre = centreWithPeople("swap" + i, 2);
            register(centre, trainingId, centre.person(0));
            all.add(centre);
        }
        assertCountersMatchRows(trainingId);
        Set<Long> confirmedBefore = tables.live(trainingId).stream().filter(row -> row.status().equals("CONFIRMED"))
                .map(RegistrationRow::id).collect(Collectors.toSet());
        // half the centres cancel their registration (5 seats, 25 waitlist places), the other half register one more
        List<Call<String>> calls = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CentrePeople centre = all.get(i);
            if (i % 2 == 0) {
                long registrationId = liveRow(trainingId, centre.person(0)).id();
                calls.add(new Call<>(centreAdmin(centre.centre()), centre.centre().alias() + " cancels " + registrationId,
                        () -> registrations.cancel(registrationId).getStatus().name()));
            } else {
                calls.add(new Call<>(centreAdmin(centre.centre()), centre.centre().alias() + " registers " + centre.person(1),
                        () -> registrations.register(trainingId, List.of(centre.person(1))).get(0).kind().name()));
            }
        }
        long seed = System.nanoTime();
        Collections.shuffle(calls, new Random(seed));

        Run<String> run = parallel.together(calls, Duration.ofSeconds(120));

        LOG.info(() -> "Concurrent cancel and register: " + calls.size() + " calls, shuffle seed " + seed + "; "
                + run.readyAtRelease() + " threads waiting at the latch, at most " + run.maxInside()
                + " inside at once, done in " + run.elapsed().toMillis() + " ms; failures " + run.failures().size());
        assertEquals(List.of(), run.failures().stream().map(AcademyServicesIT::describe).toList(),
                "no exception may escape a cancellation or registration");
        assertEquals(calls.size(), run.readyAtRelease());
        List<RegistrationRow> live = tables.live(trainingId);
        Set<Long> liveIds = live.stream().map(RegistrationRow::id).collect(Collectors.toSet());
        List<Long> promoted = events.ofTraining(trainingId).stream().filter(e -> e.what() == PROMOTED)
                .map(RegistrationChanged::registrationId).toList();
        assertAll(
                () -> assertEquals(60, live.size()),
                () -> assertEquals(capacity, live.stream().filter(row -> row.status().equals("CONFIRMED")).count(),
                        "someone always waited: every freed seat was taken again"),
                () -> assertCountersMatchRows(trainingId),
                // a seat each cancelled seat freed went to someone waiting (a promoted one may have cancelled in turn)
                () -> assertEquals(live.stream().filter(row -> row.status().equals("CONFIRMED")).map(RegistrationRow::id)
                                .collect(Collectors.toSet()),
                        Stream.concat(confirmedBefore.stream(), promoted.stream()).filter(liveIds::contains)
                                .collect(Collectors.toSet()), "confirmed now: confirmed before or promoted, and not cancelled"),
                () -> assertEquals(promoted.size(), Set.copyOf(promoted).size(), "nobody promoted twice"),
                () -> assertTrue(promoted.size() >= 5, "at least the five seats cancelled at the start: " + promoted.size()),
                // first come, first served: seats went to the earliest registrations, the waitlist keeps their order
                () -> assertEquals(live.stream().map(RegistrationRow::id).toList(), live.stream()
                        .sorted(Comparator.comparing((RegistrationRow row) -> row.waitlistPosition() == null ? 0
                                : row.waitlistPosition()).thenComparing(RegistrationRow::id))
                        .map(RegistrationRow::id).toList()));
    }

    private Call<List<Outcome>> registerCall(CentrePeople centre, long trainingId, List<Long> personIds) {
        return new Call<>(centreAdmin(centre.centre()), centre.centre().alias() + " " + personIds + " #" + personIds.size(),
                () -> registrations.register(trainingId, personIds).stream()
                        .map(outcome -> new Outcome(outcome.person().getId(), outcome.kind(), outcome.waitlistPosition()))
                        .toList());
    }

    /** The call, then each cause in the chain: a deadlock or lock wait timeout shows as the SQL cause. */
    private static String describe(Result<?> failure) {
        StringBuilder text = new StringBuilder(failure.call().label());
        for (Throwable cause = failure.error(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aDraftOrCancelledTrainingRefusesRegistrationAsNotOpen() throws PortalException {
        CentrePeople a = centreWithPeople("closed", 2);
        long draft = trainings.draft("osnutek", 10, null);
        long cancelled = trainings.published("odpovedano", 10, null);
        register(a, cancelled, a.person(0));
        trainings.cancel(cancelled);

        for (long trainingId : List.of(draft, cancelled)) {
            Snapshot before = tables.snapshot(trainingId);
            refused("academy.error.notOpen", () -> register(a, trainingId, a.person(1)));
            assertEquals(before, tables.snapshot(trainingId));
        }
    }

    @Test
    void registrationClosesAfterTheDeadlineDay() throws PortalException {
        CentrePeople a = centreWithPeople("deadline", 1);
        long yesterday = trainings.published(PortalClock.today().getYear(), "zamujeno", 10, null,
                PortalClock.today().minusDays(1));
        long today = trainings.published(PortalClock.today().getYear(), "zadnji-dan", 10, null, PortalClock.today());
        Snapshot before = tables.snapshot(yesterday);

        PortalException late = refused("academy.error.deadlinePassed", () -> register(a, yesterday, a.person(0)));

        assertEquals(List.of(PortalClock.today().minusDays(1)), List.of(late.arguments()));
        assertEquals(before, tables.snapshot(yesterday));
        assertEquals(List.of(Kind.CONFIRMED), kinds(register(a, today, a.person(0))), "the deadline day itself is open");
    }

    @Test
    void thePersonRegisteredTwiceIsReportedAsAlreadyRegisteredAndStoredOnce() throws PortalException {
        CentrePeople a = centreWithPeople("twice", 2);
        long trainingId = trainings.published("dvakrat", 10, null);
        assertEquals(List.of(Kind.CONFIRMED), kinds(register(a, trainingId, a.person(0))));
        Snapshot before = tables.snapshot(trainingId);

        assertEquals(List.of(Kind.ALREADY_REGISTERED), kinds(register(a, trainingId, a.person(0))));
        assertEquals(before, tables.snapshot(trainingId));

        assertEquals(List.of(Kind.CONFIRMED, Kind.ALREADY_REGISTERED), kinds(register(a, trainingId, a.person(1), a.person(1))),
                "the same person twice in one call");
        assertEquals(List.of(a.person(0), a.person(1)), tables.registrations(trainingId).stream()
                .map(RegistrationRow::personId).toList());
        assertEquals(2, tables.training(trainingId).seatsTaken());
    }

    @Test
    void aCancelledPersonMayRegisterAgain() throws PortalException {
        CentrePeople a = centreWithPeople("again", 1);
        long trainingId = trainings.published("ponovno", 10, null);
        register(a, trainingId, a.person(0));
        registrations.cancel(liveRow(trainingId, a.person(0)).id());

        assertEquals(List.of(Kind.CONFIRMED), kinds(register(a, trainingId, a.person(0))));

        assertEquals(List.of("CANCELLED", "CONFIRMED"), tables.registrations(trainingId).stream()
                .map(RegistrationRow::status).toList());
        assertEquals(1, tables.training(trainingId).seatsTaken());
    }

    @Test
    void peopleBeyondTheCentresQuotaAreRefusedAsQuotaReachedAndWaitlistPlacesCount() throws PortalException {
        CentrePeople a = centreWithPeople("quota-a", 3);
        CentrePeople b = centreWithPeople("quota-b", 3);
        long trainingId = trainings.published("kvota", 3, 2);

        List<RegistrationOutcome> ofA = register(a, trainingId, a.person(0), a.person(1), a.person(2));
        assertEquals(List.of(Kind.CONFIRMED, Kind.CONFIRMED, Kind.QUOTA_REACHED), kinds(ofA));
        assertEquals(a.person(2), ofA.get(2).person().getId());
        Snapshot afterA = tables.snapshot(trainingId);
        assertEquals(List.of(Kind.QUOTA_REACHED), kinds(register(a, trainingId, a.person(2))));
        assertEquals(afterA, tables.snapshot(trainingId));

        assertEquals(List.of(Kind.CONFIRMED, Kind.WAITLISTED), kinds(register(b, trainingId, b.person(0), b.person(1))),
                "the quota is per centre");
        assertEquals(List.of(Kind.QUOTA_REACHED), kinds(register(b, trainingId, b.person(2))),
                "a waitlist place counts toward the quota");
        assertEquals(Map.of(a.centre().id(), 2L, b.centre().id(), 2L), tables.registrations(trainingId).stream()
                .collect(Collectors.groupingBy(RegistrationRow::centreId, Collectors.counting())));
    }

    @Test
    void aDeactivatedPersonIsRefusedAsInactive() throws PortalException {
        CentrePeople a = centreWithPeople("inactive", 2);
        long trainingId = trainings.published("neaktivni", 10, null);
        signInAs(centreAdmin(a.centre()));
        people.deactivate(a.person(0));

        List<RegistrationOutcome> outcomes = register(a, trainingId, a.person(0), a.person(1));

        assertEquals(List.of(Kind.PERSON_INACTIVE, Kind.CONFIRMED), kinds(outcomes));
        assertEquals(List.of(a.person(1)), tables.registrations(trainingId).stream().map(RegistrationRow::personId).toList());
    }

    @Test
    void aStaffRequestWaitsForTheAdminHoldsNoSeatAndTakesOneWhenApproved() throws PortalException {
        CentrePeople a = centreWithPeople("request", 2);
        long trainingId = trainings.published("prosnja", 1, null);
        String email = "ana.novak1@centre.example.org";
        signInAs(centreStaff(a.centre(), email));

        Registration requested = registrations.request(trainingId);

        assertEquals(RegistrationStatus.REQUESTED, requested.getStatus());
        assertEquals(a.person(0), requested.getPerson().getId(), "found by the verified e-mail address");
        assertEquals(0, tables.training(trainingId).seatsTaken(), "a request holds no seat");
        assertEquals(List.of(RegistrationChanged.What.REQUESTED), events.whatOf(requested.getId()));
        assertEquals(requested.getId(), registrations.mine(trainingId).orElseThrow().getId());
        refused("academy.error.ALREADY_REGISTERED", () -> registrations.request(trainingId));
        assertThrows(AccessDeniedException.class, () -> registrations.approve(requested.getId()),
                "staff do not approve, not even themselves");

        register(a, trainingId, a.person(1));
        signInAs(centreAdmin(a.centre()));
        Registration approved = registrations.approve(requested.getId());

        assertEquals(RegistrationStatus.WAITLISTED, approved.getStatus(), "the one seat went to who was registered first");
        assertEquals(1, approved.getWaitlistPosition());
        assertEquals(List.of(RegistrationChanged.What.REQUESTED, RegistrationChanged.What.WAITLISTED),
                events.whatOf(requested.getId()));
        refused("academy.error.notRequested", () -> registrations.approve(requested.getId()));
        refused("academy.error.notRequested", () -> registrations.decline(requested.getId()));
    }

    @Test
    void theCentreDecidesWhetherStaffAskRegisterThemselvesOrLeaveItToTheAdmin() throws PortalException {
        CentrePeople a = centreWithPeople("policy", 2);
        long trainingId = trainings.published("politika", 10, 1);
        Caller staff = centreStaff(a.centre(), "ana.novak1@centre.example.org");

        signInAs(centreAdmin(a.centre()));
        centreSettings.changeStaffRequests(StaffRequests.CLOSED);
        signInAs(staff);
        Snapshot before = tables.snapshot(trainingId);
        refused("academy.error.requestsClosed", () -> registrations.request(trainingId));
        assertEquals(before, tables.snapshot(trainingId));

        signInAs(centreAdmin(a.centre()));
        centreSettings.changeStaffRequests(StaffRequests.DIRECT);
        signInAs(staff);
        Registration direct = registrations.request(trainingId);
        assertEquals(RegistrationStatus.CONFIRMED, direct.getStatus(), "registered at once");
        assertEquals(1, tables.training(trainingId).seatsTaken());

        signInAs(centreStaff(a.centre(), "ana.novak2@centre.example.org"));
        PortalException quota = refused("academy.error.QUOTA_REACHED", () -> registrations.request(trainingId));
        assertEquals("Ana Novak2", quota.arguments()[0], "the same rules as the admin's");
        assertThrows(AccessDeniedException.class, () -> centreSettings.changeStaffRequests(StaffRequests.APPROVAL),
                "only the admin sets it");
    }

    @Test
    void aStaffMemberWithoutAPersonRecordOrAfterTheDeadlineIsRefusedAndADeclinedRequestCanBeAskedAgain()
            throws PortalException {
        CentrePeople a = centreWithPeople("decline", 1);
        long trainingId = trainings.published("zavrnitev", 10, null);
        long late = trainings.published(PortalClock.today().getYear(), "pozno", 10, null, PortalClock.today().minusDays(1));

        signInAs(centreStaff(a.centre()));
        refused("academy.error.noPersonRecord", () -> registrations.request(trainingId));
        signInAs(centreStaff(a.centre(), "nobody@centre.example.org"));
        refused("academy.error.noPersonRecord", () -> registrations.request(trainingId));
        CentrePeople b = centreWithPeople("decline-other", 1);
        signInAs(centreStaff(b.centre(), "ana.novak1@centre.example.org"));
        Registration ofB = registrations.request(trainingId);
        assertEquals(b.person(0), ofB.getPerson().getId(), "the same address in another centre is another person");

        signInAs(centreStaff(a.centre(), "ana.novak1@centre.example.org"));
        refused("academy.error.deadlinePassed", () -> registrations.request(late));
        Registration asked = registrations.request(trainingId);
        assertThrows(NotFoundException.class, () -> registrations.withdraw(ofB.getId()), "another centre's request");
        signInAs(centreStaff(a.centre(), "ana.novak1@centre.example.org"));

        signInAs(centreAdmin(a.centre()));
        assertThrows(NotFoundException.class, () -> registrations.decline(ofB.getId()), "another centre's request");
        registrations.decline(asked.getId());
        assertEquals("CANCELLED", tables.registration(asked.getId()).status());
        assertEquals(List.of(RegistrationChanged.What.REQUESTED, RegistrationChanged.What.DECLINED),
                events.whatOf(asked.getId()));

        signInAs(centreStaff(a.centre(), "ana.novak1@centre.example.org"));
        Registration again = registrations.request(trainingId);
        registrations.withdraw(again.getId());
        assertEquals("CANCELLED", tables.registration(again.getId()).status());
        assertTrue(registrations.mine(trainingId).isEmpty());
    }

    @Test
    void onlyTheCentreAdminRegistersAndCancelsAndTheOfficeHasNoCentreRegistrations() throws PortalException {
        CentrePeople a = centreWithPeople("roles", 2);
        long trainingId = trainings.published("vloge", 10, null);
        register(a, trainingId, a.person(0));
        long registrationId = liveRow(trainingId, a.person(0)).id();
        Snapshot before = tables.snapshot(trainingId);

        for (Caller caller : List.of(centreStaff(a.centre()), officeAdmin(), officeSteward())) {
            signInAs(caller);
            assertAll(caller.username(),
                    () -> assertThrows(AccessDeniedException.class,
                            () -> registrations.register(trainingId, List.of(a.person(1)))),
                    () -> assertThrows(AccessDeniedException.class, () -> registrations.cancel(registrationId)));
            assertEquals(before, tables.snapshot(trainingId), caller.username());
        }
        signInAs(centreStaff(a.centre()));
        assertEquals(List.of(registrationId), ids(registrations.ofTraining(trainingId)), "centre staff may look");
        signInAs(officeAdmin());
        assertThrows(AccessDeniedException.class, () -> registrations.ofTraining(trainingId));
    }

    @Test
    void anotherCentresPersonIsNotFoundAndNothingOfTheCallIsSaved() throws PortalException {
        CentrePeople a = centreWithPeople("foreign-a", 1);
        CentrePeople b = centreWithPeople("foreign-b", 1);
        long trainingId = trainings.published("tuji", 10, null);
        Snapshot before = tables.snapshot(trainingId);

        assertThrows(NotFoundException.class, () -> register(a, trainingId, b.person(0)));
        assertThrows(NotFoundException.class, () -> register(a, trainingId, a.person(0), b.person(0)));

        assertEquals(before, tables.snapshot(trainingId));
        assertEquals(List.of(), tables.registrations(trainingId));
    }

    @Test
    void anotherCentresRegistrationCannotBeCancelled() throws PortalException {
        CentrePeople a = centreWithPeople("steal-a", 1);
        CentrePeople b = centreWithPeople("steal-b", 1);
        long trainingId = trainings.published("preklic-tujega", 10, null);
        register(b, trainingId, b.person(0));
        long bRegistration = liveRow(trainingId, b.person(0)).id();
        Snapshot before = tables.snapshot(trainingId);

        signInAs(centreAdmin(a.centre()));
        assertThrows(NotFoundException.class, () -> registrations.cancel(bRegistration));
        assertThrows(NotFoundException.class, () -> registrations.cancel(Long.MAX_VALUE));

        assertEquals(before, tables.snapshot(trainingId));
    }

    @Test
    void aCancelledRegistrationCannotBeCancelledAgain() throws PortalException {
        CentrePeople a = centreWithPeople("cancel2", 1);
        long trainingId = trainings.published("dvojni-preklic", 10, null);
        register(a, trainingId, a.person(0));
        long registrationId = liveRow(trainingId, a.person(0)).id();
        Registration cancelled = registrations.cancel(registrationId);
        assertEquals("CANCELLED", tables.registration(registrationId).status());
        assertNotNull(tables.registration(registrationId).cancelledAt());
        assertEquals(0, tables.training(trainingId).seatsTaken());
        assertEquals(registrationId, cancelled.getId());
        Snapshot before = tables.snapshot(trainingId);

        refused("academy.error.alreadyCancelled", () -> registrations.cancel(registrationId));

        assertEquals(before, tables.snapshot(trainingId));
    }

    @Test
    void cancellingAfterTheDeadlineIsRefused() throws PortalException {
        CentrePeople a = centreWithPeople("cancel-late", 1);
        long trainingId = trainings.published("pozen-preklic", 10, null);
        register(a, trainingId, a.person(0));
        long registrationId = liveRow(trainingId, a.person(0)).id();
        trainings.closeRegistration(trainingId);
        Snapshot before = tables.snapshot(trainingId);

        signInAs(centreAdmin(a.centre()));
        refused("academy.error.cancelDeadlinePassed", () -> registrations.cancel(registrationId));

        assertEquals(before, tables.snapshot(trainingId));
    }

    // ---------------------------------------------------------------- the waitlist

    @Test
    void aCancelledSeatGoesToTheFirstOnTheWaitlistEvenOfAnotherCentre() throws PortalException {
        CentrePeople a = centreWithPeople("promote-a", 3);
        CentrePeople b = centreWithPeople("promote-b", 2);
        long trainingId = trainings.published("napredovanje", 2, null);
        assertEquals(List.of(Kind.CONFIRMED, Kind.CONFIRMED), kinds(register(a, trainingId, a.person(0), a.person(1))));
        List<RegistrationOutcome> ofB = register(b, trainingId, b.person(0), b.person(1));
        assertEquals(List.of(Kind.WAITLISTED, Kind.WAITLISTED), kinds(ofB));
        assertEquals(List.of(1, 2), ofB.stream().map(RegistrationOutcome::waitlistPosition).toList());
        assertEquals(3, register(a, trainingId, a.person(2)).get(0).waitlistPosition());
        assertEquals(Map.of(b.person(0), 1, b.person(1), 2, a.person(2), 3), waitlist(trainingId));
        long cancelledId = liveRow(trainingId, a.person(0)).id();
        RegistrationRow first = liveRow(trainingId, b.person(0));

        signInAs(centreAdmin(a.centre()));
        registrations.cancel(cancelledId);

        RegistrationRow promoted = tables.registration(first.id());
        TrainingRow training = tables.training(trainingId);
        assertAll(
                () -> assertEquals("CANCELLED", tables.registration(cancelledId).status()),
                () -> assertEquals("CONFIRMED", promoted.status(), "B's first in line has the seat A gave up"),
                () -> assertNull(promoted.waitlistPosition()),
                () -> assertEquals(b.centre().id(), promoted.centreId()),
                () -> assertTrue(promoted.version() > first.version(), "the promotion is a versioned change"),
                () -> assertEquals(Map.of(b.person(1), 1, a.person(2), 2), waitlist(trainingId)),
                () -> assertEquals(2, training.seatsTaken()),
                () -> assertEquals(2, training.waitlistLength()),
                () -> assertCountersMatchRows(trainingId),
                () -> assertEquals(List.of(cancelledId + ":" + CANCELLED, first.id() + ":" + PROMOTED),
                        events.ofTraining(trainingId).stream().filter(e -> e.what() == CANCELLED || e.what() == PROMOTED)
                                .map(e -> e.registrationId() + ":" + e.what()).toList()));
        signInAs(centreAdmin(b.centre()));
        assertEquals(List.of("CONFIRMED", "WAITLISTED"), registrations.ofTraining(trainingId).stream()
                .map(registration -> registration.getStatus().name()).toList(), "B sees its promoted registration");
    }

    @Test
    void leavingTheWaitlistMovesThoseBehindUpAndASeatNobodyWaitsForIsFreed() throws PortalException {
        CentrePeople a = centreWithPeople("leave-a", 4);
        CentrePeople b = centreWithPeople("leave-b", 1);
        long trainingId = trainings.published("odhod", 2, null);
        register(a, trainingId, a.person(0), a.person(1), a.person(2), a.person(3));
        register(b, trainingId, b.person(0));
        assertEquals(Map.of(a.person(2), 1, a.person(3), 2, b.person(0), 3), waitlist(trainingId));

        signInAs(centreAdmin(a.centre()));
        registrations.cancel(liveRow(trainingId, a.person(2)).id());
        assertEquals(Map.of(a.person(3), 1, b.person(0), 2), waitlist(trainingId), "the first in line left");
        assertCountersMatchRows(trainingId);

        signInAs(centreAdmin(b.centre()));
        registrations.cancel(liveRow(trainingId, b.person(0)).id());
        assertEquals(Map.of(a.person(3), 1), waitlist(trainingId), "the last in line left");
        assertCountersMatchRows(trainingId);

        signInAs(centreAdmin(a.centre()));
        registrations.cancel(liveRow(trainingId, a.person(0)).id());
        assertEquals(Map.of(), waitlist(trainingId));
        assertEquals("CONFIRMED", liveRow(trainingId, a.person(3)).status());
        assertEquals(2, tables.training(trainingId).seatsTaken());

        registrations.cancel(liveRow(trainingId, a.person(1)).id());
        assertEquals(1, tables.training(trainingId).seatsTaken(), "nobody waits: the seat is free");
        assertCountersMatchRows(trainingId);
        assertEquals(1, events.ofTraining(trainingId).stream().filter(e -> e.what() == PROMOTED).count(),
                "only the cancellation with someone waiting promoted");
    }

    // ---------------------------------------------------------------- tenancy

    @Test
    void aCentreSeesOnlyItsOwnRegistrationsOfATraining() throws PortalException {
        CentrePeople a = centreWithPeople("own-a", 2);
        CentrePeople b = centreWithPeople("own-b", 2);
        long trainingId = trainings.published("lastni", 3, null);
        register(a, trainingId, a.person(0));
        register(b, trainingId, b.person(0), b.person(1));
        register(a, trainingId, a.person(1));
        List<Long> ofA = List.of(liveRow(trainingId, a.person(0)).id(), liveRow(trainingId, a.person(1)).id());
        List<Long> ofB = List.of(liveRow(trainingId, b.person(0)).id(), liveRow(trainingId, b.person(1)).id());

        signInAs(centreAdmin(a.centre()));
        assertEquals(ofA, ids(registrations.ofTraining(trainingId)), "A's seat, then A's waitlist place");
        signInAs(centreStaff(a.centre()));
        assertEquals(ofA, ids(registrations.ofTraining(trainingId)));
        signInAs(centreAdmin(b.centre()));
        assertEquals(ofB, ids(registrations.ofTraining(trainingId)));
        signInAs(centreAdmin(centres.create("own-c")));
        assertEquals(List.of(), registrations.ofTraining(trainingId));
        assertEquals(4, tables.registrations(trainingId).size());
    }

    // ---------------------------------------------------------------- the plan's measures

    @Test
    void theMeasuresCountTheYearsHeldTrainingsTheirConfirmedParticipantsAndDistinctExternalExperts()
            throws PortalException {
        int year = trainings.measureYear();
        Map<String, BigDecimal> before = academyMeasures(year);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        CentrePeople a = centreWithPeople("measure-a", 6);
        CentrePeople b = centreWithPeople("measure-b", 3);
        var open = PortalClock.today().plusDays(30);

        long held = trainings.published(year, "izvedeno", 3, null, open);
        trainings.addTrainer(held, "Dr. Mojca Zunanja " + unique, true);
        trainings.addTrainer(held, "Ana Notranja " + unique, false);
        register(a, held, a.person(0), a.person(1), a.person(2), a.person(3), a.person(4));  // 3 seats, 2 waiting
        signInAs(centreAdmin(a.centre()));
        registrations.cancel(liveRow(held, a.person(4)).id());
        long alsoHeld = trainings.published(year, "tudi-izvedeno", 5, null, open);
        trainings.addTrainer(alsoHeld, "dr. mojca zunanja " + unique, true);  // the same expert, written otherwise
        trainings.addTrainer(alsoHeld, "Peter Tuji " + unique, true);
        register(b, alsoHeld, b.person(0), b.person(1));
        long notYetHeld = trainings.published(year, "se-ne", 5, null, open);
        trainings.addTrainer(notYetHeld, "Zala Prihodnja " + unique, true);
        register(a, notYetHeld, a.person(5));
        long calledOff = trainings.published(year, "odpovedano", 5, null, open);
        trainings.addTrainer(calledOff, "Cene Odpovedani " + unique, true);
        register(b, calledOff, b.person(2));
        trainings.cancel(calledOff);
        trainings.complete(held);
        trainings.complete(alsoHeld);

        Map<String, BigDecimal> after = academyMeasures(year);

        assertEquals(Map.of("academy.trainingsHeld", 2, "academy.participants", 5, "academy.externalExperts", 2),
                after.keySet().stream().collect(Collectors.toMap(name -> name,
                        name -> after.get(name).subtract(before.get(name)).intValueExact())),
                "what this test added to year " + year);
        assertTrue(measures.names().containsAll(after.keySet()), "offered to the plan: " + measures.names());
    }

    @Test
    void attendanceGivesHoursAndCertificatesWithACodeAnyoneCanCheck() throws PortalException {
        CentrePeople centre = centreWithPeople("certificate", 2);
        long training = trainings.published("potrdila", 5, null);
        register(centre, training, centre.person(0), centre.person(1));
        long attended = liveRow(training, centre.person(0)).id();
        long absent = liveRow(training, centre.person(1)).id();
        signInAs(si.mama.portal.platform.testing.Callers.officeAdmin());
        long session = trainingsBoundary.find(training).getSessions().get(0).getId();

        PortalException early = assertThrows(PortalException.class, () -> attendances.issueCertificates(training));
        assertEquals("academy.error.notHeld", early.messageKey(), "certificates wait until the training is held");
        attendances.mark(training, session, attended, true);
        attendances.mark(training, session, absent, true);
        attendances.mark(training, session, absent, false); // marking again overwrites
        trainings.complete(training);
        signInAs(si.mama.portal.platform.testing.Callers.officeAdmin());

        assertEquals(1, attendances.issueCertificates(training));
        assertEquals(0, attendances.issueCertificates(training), "issued once");
        var rows = attendances.sheet(training);
        var withCertificate = rows.stream().filter(row -> row.certificate() != null).toList();
        assertEquals(1, withCertificate.size());
        assertEquals(attended, withCertificate.get(0).registration().getId());
        String code = withCertificate.get(0).certificate().getCode();
        assertTrue(code.matches("[23456789A-HJ-NP-Z]{12}"), code);

        signInAs(centreAdmin(centre.centre()));
        var checked = certificates.verify(code.toLowerCase()).orElseThrow();
        assertEquals(0, new BigDecimal("6").compareTo(new BigDecimal(checked.getHoursText())), "one six-hour session");
        assertTrue(certificates.verify("NIKAKRSNAKODA").isEmpty());
        var record = trainingRecords.ofCentre().stream()
                .filter(each -> each.person().getId().equals(centre.person(0))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("6").compareTo(record.getHours()), "the record counts the hours attended");
        assertEquals(code, record.entries().get(0).certificateCode());
        assertThrows(si.mama.portal.platform.error.AccessDeniedException.class,
                () -> attendances.mark(training, session, absent, true), "centres do not mark attendance");
    }

    private Map<String, BigDecimal> academyMeasures(int year) {
        return Map.of(
                "academy.trainingsHeld", measures.valueOf("academy.trainingsHeld", year).orElseThrow(),
                "academy.participants", measures.valueOf("academy.participants", year).orElseThrow(),
                "academy.externalExperts", measures.valueOf("academy.externalExperts", year).orElseThrow());
    }

    // ---------------------------------------------------------------- helpers

    /** A new centre and its people, in the order added. */
    private record CentrePeople(Caller.CentreRef centre, List<Long> people) {

        long person(int index) {
            return people.get(index);
        }
    }

    private CentrePeople centreWithPeople(String label, int count) throws PortalException {
        Caller.CentreRef centre = centres.create(label);
        signInAs(centreAdmin(centre));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(people.add(aPerson().named("Ana", "Novak" + i).build()).getId());
        }
        return new CentrePeople(centre, List.copyOf(ids));
    }

    /** Registers as the centre's admin. */
    private List<RegistrationOutcome> register(CentrePeople centre, long trainingId, Long... personIds)
            throws PortalException {
        signInAs(centreAdmin(centre.centre()));
        return registrations.register(trainingId, List.of(personIds));
    }

    private RegistrationRow liveRow(long trainingId, long personId) {
        List<RegistrationRow> live = tables.live(trainingId).stream().filter(row -> row.personId() == personId).toList();
        assertEquals(1, live.size(), "live registrations of person " + personId);
        return live.get(0);
    }

    /** Person → waitlist position, from the database. */
    private Map<Long, Integer> waitlist(long trainingId) {
        return tables.live(trainingId).stream().filter(row -> row.waitlistPosition() != null)
                .collect(Collectors.toMap(RegistrationRow::personId, RegistrationRow::waitlistPosition));
    }

    private void assertCountersMatchRows(long trainingId) {
        TrainingRow training = tables.training(trainingId);
        List<RegistrationRow> live = tables.live(trainingId);
        List<Integer> positions = live.stream().map(RegistrationRow::waitlistPosition).filter(p -> p != null).sorted().toList();
        assertAll(
                () -> assertEquals(live.stream().filter(row -> row.status().equals("CONFIRMED")).count(), training.seatsTaken()),
                () -> assertEquals(positions.size(), training.waitlistLength()),
                () -> assertEquals(IntStream.rangeClosed(1, positions.size()).boxed().toList(), positions));
    }

    private static List<Kind> kinds(List<RegistrationOutcome> outcomes) {
        return outcomes.stream().map(RegistrationOutcome::kind).toList();
    }

    private static List<Long> ids(List<Registration> registrations) {
        return registrations.stream().map(Registration::getId).toList();
    }

    private void signInAs(Caller caller) {
        currentUser.signIn(caller);
    }

    @FunctionalInterface
    private interface PortalCall {
        void run() throws PortalException;
    }

    private static PortalException refused(String key, PortalCall call) {
        PortalException refused = assertThrows(PortalException.class, call::run);
        assertEquals(key, refused.messageKey());
        return refused;
    }
}

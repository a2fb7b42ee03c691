package si.mama.portal.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The page figures: every user signs in first (outside the measured window); then, all at once, each opens its
 * pages in turn without pause (centre admins: centre home, catalogue, plan, questionnaire; office admins: the
 * centre list), each page followed by a small static file of the same Payara (the floor), first for a warm-up
 * that is not recorded, then for the measured window. Last, one centre admin and then one office admin open each
 * page alone while MariaDB's general log counts its SQL statements.
 */
public class PagesSimulation extends Simulation {

    private static final Duration STEP = Duration.ofMillis(200);
    /** The label of a page's time when it loads alone (while its statements are counted). */
    static final String ALONE = "alone: ";

    private final BenchRun run = BenchRun.current();

    {
        List<BenchRun.Account> users = run.pageUsers();
        String prefix = run.sizeLabel() + ":";
        for (String point : List.of("signed-in", "warmed-up", "pages-done")) {
            Rendezvous.expect(prefix + point, users.size());
        }
        Rendezvous.expect(prefix + "centre-counted", 1);
        List<Map<String, Object>> feed = new ArrayList<>();
        boolean[] counterChosen = new boolean[2];
        for (BenchRun.Account user : users) {
            Map<String, Object> record = new HashMap<>(user.feed());
            int kind = user.office() ? 1 : 0;
            record.put("counter", !counterChosen[kind]);
            counterChosen[kind] = true;
            feed.add(record);
        }
        ScenarioBuilder scenario = scenario("pages at " + run.sizeLabel())
                .feed(listFeeder(feed).queue())
                .exec(Login.chain("/"))
                .exec(meet(prefix + "signed-in"))
                // a round of warm-up (compiled code, caches) that is not recorded, then the measured window
                .during(run.warmUp(), false).on(rounds(false))
                .exec(meet(prefix + "warmed-up"))
                .during(run.pageWindow(), false).on(rounds(true))
                .exec(meet(prefix + "pages-done"))
                .doIf(session -> session.getBoolean("counter") && !session.getBoolean("office"))
                .then(exec(counted(false)).exec(session -> {
                    Rendezvous.arrive(prefix + "centre-counted");
                    return session;
                }))
                .doIf(session -> session.getBoolean("counter") && session.getBoolean("office"))
                .then(exec(session -> session).asLongAs(session -> Rendezvous.waiting(prefix + "centre-counted"))
                        .on(pause(STEP)).exec(counted(true)));

        HttpProtocolBuilder protocol = http.baseUrl(run.baseUrl())
                .disableCaching()
                .acceptLanguageHeader("sl")
                .acceptHeader("text/html,application/xhtml+xml,*/*")
                .userAgentHeader("portal-bench (Gatling)");
        setUp(scenario.injectOpen(atOnceUsers(users.size()))).protocols(protocol);
    }

    /**
     * One round of a user's pages, each followed by the static file: the floor is measured in the same window as
     * the pages, so whatever else the machine is doing weighs on both alike.
     */
    private ChainBuilder rounds(boolean recorded) {
        List<ChainBuilder> centre = new ArrayList<>();
        List<ChainBuilder> office = new ArrayList<>();
        for (BenchRun.Page page : run.pages()) {
            (page.office() ? office : centre).add(exec(timed(page.label(), page.path(), true, recorded))
                    .exec(timed(BenchRun.STATIC_LABEL, BenchRun.STATIC_FILE, false, recorded)));
        }
        return doIf(session -> session.getBoolean("office")).then(exec(office))
                .doIf(session -> !session.getBoolean("office")).then(exec(centre));
    }

    /** Arrives at a meeting point and pauses until every user is there. */
    static ChainBuilder meet(String point) {
        return exec(session -> {
            Rendezvous.arrive(point);
            return session;
        }).asLongAs(session -> Rendezvous.waiting(point)).on(pause(STEP));
    }

    /** One GET whose time (as Gatling measured it) goes to the run's timings; a failure is counted, not timed. */
    private ChainBuilder timed(String label, String path, boolean signedInPage, boolean recorded) {
        var request = http(recorded ? label : "warm-up: " + label).get(path);
        request = signedInPage
                ? request.check(status().is(200), substring("id=\"signOut\""), responseTimeInMillis().saveAs("rt"))
                : request.check(status().is(200), responseTimeInMillis().saveAs("rt"));
        return exec(session -> session.remove("rt")).exec(request)
                .exec(session -> recorded ? record(session, label) : session.markAsSucceeded());
    }

    private Session record(Session session, String label) {
        if (session.isFailed() || !session.contains("rt")) {
            run.timings().failed(label);
        } else {
            run.timings().record(label, session.getInt("rt"));
        }
        return session.markAsSucceeded();
    }

    /** Each page of one kind: once to warm up, then three times alone while the statements are counted. */
    private ChainBuilder counted(boolean office) {
        List<ChainBuilder> steps = new ArrayList<>();
        for (BenchRun.Page page : run.pages()) {
            if (page.office() != office) {
                continue;
            }
            steps.add(exec(http("warm-up: " + page.label()).get(page.path()).check(currentLocation().saveAs("location")))
                    .exec(session -> {
                        String location = session.getString("location");
                        if (location == null || !location.endsWith(page.path())) {
                            Bench.say("Note: " + page.path() + " ended at " + location);
                        }
                        return session;
                    }));
            for (int i = 0; i < 3; i++) {
                steps.add(exec(session -> {
                    run.statements().start();
                    return session;
                }).exec(http("counted: " + page.label()).get(page.path())
                                .check(status().is(200), responseTimeInMillis().saveAs("rt")))
                        .exec(session -> {
                            run.statements().stop(page.label());
                            if (session.contains("rt")) {
                                run.timings().record(ALONE + page.label(), session.getInt("rt"));
                            }
                            return session;
                        }));
            }
        }
        return exec(steps);
    }
}

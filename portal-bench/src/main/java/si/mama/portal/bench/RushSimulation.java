package si.mama.portal.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The registration rush through the portal's real registration path: each attempt is a centre admin's own
 * browser session (signed in through Keycloak beforehand) that has the training's page open; when all are ready,
 * every one presses "Register the selected" for one of its centre's people at once (the page's PrimeFaces ajax
 * postback with its view state). The training has 30 seats: the rest go to the waitlist.
 */
public class RushSimulation extends Simulation {

    private final BenchRun run = BenchRun.current();

    {
        BenchRun.Rush rush = run.rush();
        List<Map<String, Object>> feed = rush.attempts().stream().map(BenchRun.Attempt::feed).toList();
        String ready = "rush:ready";
        Rendezvous.expect(ready, feed.size());
        String page = "/academy/training?id=" + rush.trainingId();

        ScenarioBuilder scenario = scenario("registration rush")
                .feed(listFeeder(feed).queue())
                .exec(Login.chain(page))
                .exec(http("rush: training page").get(page)
                        .check(status().is(200), css("form#registerForm", "action").saveAs("action"),
                                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(PagesSimulation.meet(ready))
                .exec(session -> {
                    rush.clock().sent();
                    return session;
                })
                .exec(http("rush: register").post("#{action}")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "registerForm:registerPeople")
                        .formParam("jakarta.faces.partial.execute", "registerForm")
                        .formParam("jakarta.faces.partial.render", "registerForm outcomesPanel registrationsForm seats growl")
                        .formParam("registerForm:registerPeople", "registerForm:registerPeople")
                        .formParam("registerForm", "registerForm")
                        .formParam("registerForm:people", "#{personId}")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), substring("<partial-response"), substring("outcome-")))
                .exec(session -> {
                    rush.clock().answered(!session.isFailed());
                    return session.markAsSucceeded();
                });

        HttpProtocolBuilder protocol = http.baseUrl(run.baseUrl())
                .disableCaching()
                .acceptLanguageHeader("sl")
                .userAgentHeader("portal-bench (Gatling)");
        // the sign-ins are spread out (they are not measured); the postbacks all start together
        setUp(scenario.injectOpen(rampUsers(feed.size()).during(Duration.ofSeconds(Math.max(30, feed.size() / 5)))))
                .protocols(protocol);
    }
}

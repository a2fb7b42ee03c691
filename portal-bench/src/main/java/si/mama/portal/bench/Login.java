package si.mama.portal.bench;

import io.gatling.javaapi.core.ChainBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The real sign-in, as a browser does it: the portal sends the user to Keycloak, whose identity-first login asks
 * for the user name on one page and the password on the next (each form's action read from the page), and Keycloak
 * sends the user back through the portal's callback to a signed-in page.
 */
final class Login {

    private Login() {
    }

    static ChainBuilder chain(String landing) {
        // a sign-in that fails on a loaded machine (Keycloak's keys fetched too slowly) starts again from scratch
        return tryMax(3).on(exec(flushCookieJar()).exec(http("sign-in: portal sends to Keycloak").get(landing)
                        .check(status().is(200), css("form#kc-form-login", "action").saveAs("kcAction")))
                .exec(http("sign-in: user name").post("#{kcAction}")
                        .formParam("username", "#{username}")
                        .check(status().is(200), css("form#kc-form-login", "action").saveAs("kcAction")))
                .exec(http("sign-in: password").post("#{kcAction}")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("credentialId", "")
                        .check(status().is(200), substring("id=\"signOut\""))))
                .exec(session -> {
                    if (session.isFailed()) {
                        BenchRun.current().timings().failed("sign-in");
                    }
                    return session.markAsSucceeded();
                });
    }
}

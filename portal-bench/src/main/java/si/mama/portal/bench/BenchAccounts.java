package si.mama.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import si.mama.portal.launcher.Settings;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's own sign-ins, made in the realm through Keycloak's Admin REST API at the start of a run: a
 * centre admin in the organization of each given centre, and office admins.
 */
final class BenchAccounts {

    static final String PASSWORD = "bench-password";

    private final Settings settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    BenchAccounts(Settings settings) {
        this.settings = settings;
    }

    /** A centre admin for each centre alias (in that organization), and {@code offices} office admins. */
    List<BenchRun.Account> create(List<String> centreAliases, int offices) {
        token = adminToken();
        // this run's own realm only: the bench passwords are hashed with fewer rounds, so that 500 sign-ins before
        // the rush (not measured) do not keep the two processors busy for minutes; the sign-in itself is unchanged
        require(send(authorized("/admin/realms/" + Settings.REALM).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"passwordPolicy\": \"hashIterations(1000)\"}"))),
                "lower the password hashing rounds");
        JsonArrayBuilder users = Json.createArrayBuilder();
        List<BenchRun.Account> accounts = new ArrayList<>();
        for (int i = 0; i < centreAliases.size(); i++) {
            String username = String.format("bench.centre%03d", i + 1);
            users.add(user(username, "centre-admin"));
            accounts.add(new BenchRun.Account(username, PASSWORD, false));
        }
        for (int i = 0; i < offices; i++) {
            String username = String.format("bench.office%02d", i + 1);
            users.add(user(username, "office-admin"));
            accounts.add(new BenchRun.Account(username, PASSWORD, true));
        }
        String body = Json.createObjectBuilder().add("ifResourceExists", "OVERWRITE").add("users", users).build().toString();
        require(send(authorized("/admin/realms/" + Settings.REALM + "/partialImport").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), "import the bench users");
        Map<String, String> organizations = organizations();
        for (int i = 0; i < centreAliases.size(); i++) {
            String organization = organizations.get(centreAliases.get(i));
            if (organization == null) {
                throw new IllegalStateException("No Keycloak organization for centre " + centreAliases.get(i));
            }
            String userId = userId(accounts.get(i).username());
            HttpResponse<String> added = send(authorized("/admin/realms/" + Settings.REALM + "/organizations/" + organization
                    + "/members").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createValue(userId).toString())));
            if (added.statusCode() != 409) {
                require(added, "add " + accounts.get(i).username() + " to " + centreAliases.get(i));
            }
        }
        return accounts;
    }

    private static JsonValue user(String username, String role) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("firstName", "Bench")
                .add("lastName", username)
                .add("email", username + "@bench.example.org")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", PASSWORD).add("temporary", false)))
                .add("realmRoles", Json.createArrayBuilder().add(role))
                .build();
    }

    private Map<String, String> organizations() {
        HttpResponse<String> list = send(authorized("/admin/realms/" + Settings.REALM
                + "/organizations?briefRepresentation=true&first=0&max=10000").GET());
        require(list, "list organizations");
        Map<String, String> byAlias = new HashMap<>();
        for (JsonValue value : array(list.body())) {
            byAlias.put(value.asJsonObject().getString("alias"), value.asJsonObject().getString("id"));
        }
        return byAlias;
    }

    private String userId(String username) {
        HttpResponse<String> found = send(authorized("/admin/realms/" + Settings.REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET());
        require(found, "find " + username);
        return array(found.body()).getJsonObject(0).getString("id");
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(settings.keycloakAdminUser(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(settings.keycloakAdminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        require(response, "sign in to the Admin API");
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(settings.keycloakUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's Admin API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void require(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Could not " + what + " (HTTP " + response.statusCode() + "): " + response.body());
        }
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}

package si.mama.portal.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings the realm in Keycloak up to date with {@code realm-config} through the Admin REST API, so that a
 * changed realm file reaches an existing data folder (Keycloak's own import skips a realm that exists).
 * The realm's settings are updated, roles are added when missing, clients and the demo users are overwritten,
 * organizations are created when missing and their members added.
 */
final class RealmSync {

    private final Settings settings;
    private final JsonObject realm;
    private String token;

    RealmSync(Settings settings, String realmJson) {
        this.settings = settings;
        this.realm = Json.createReader(new StringReader(realmJson)).readObject();
    }

    void apply() {
        token = adminToken();
        updateRealmSettings();
        partialImport("SKIP", "roles");
        partialImport("OVERWRITE", "clients");
        partialImport("OVERWRITE", "users");
        syncOrganizations();
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(settings.keycloakAdminUser())
                + "&password=" + encode(settings.keycloakAdminPassword());
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new StartupFailure("Keycloak refused the admin login (" + response.statusCode() + "): check "
                    + Settings.envName("portal.keycloak.admin.user") + " / " + Settings.envName("portal.keycloak.admin.password")
                    + ", which must match the admin created on Keycloak's first start.");
        }
        return json(response.body()).getString("access_token");
    }

    /**
     * The realm's own settings (languages, lifespans, organizations on, ...): every plain value and list of values,
     * and the mail server Keycloak sends its own mails through.
     */
    private void updateRealmSettings() {
        JsonObjectBuilder settings = Json.createObjectBuilder();
        realm.forEach((key, value) -> {
            boolean plain = value.getValueType() != JsonValue.ValueType.ARRAY && value.getValueType() != JsonValue.ValueType.OBJECT;
            boolean listOfValues = value.getValueType() == JsonValue.ValueType.ARRAY
                    && value.asJsonArray().stream().allMatch(item -> item.getValueType() == JsonValue.ValueType.STRING);
            if (plain || listOfValues || key.equals("smtpServer")) {
                settings.add(key, value);
            }
        });
        HttpResponse<String> response = send(authorized("/admin/realms/" + Settings.REALM)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settings.build().toString())));
        require(response, "update the realm's settings");
    }

    private void partialImport(String ifExists, String part) {
        if (!realm.containsKey(part)) {
            return;
        }
        JsonObject body = Json.createObjectBuilder().add("ifResourceExists", ifExists).add(part, realm.get(part)).build();
        HttpResponse<String> response = send(authorized("/admin/realms/" + Settings.REALM + "/partialImport")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        require(response, "import the realm's " + part);
    }

    private void syncOrganizations() {
        JsonArray wanted = realm.getJsonArray("organizations");
        if (wanted == null) {
            return;
        }
        String base = "/admin/realms/" + Settings.REALM + "/organizations";
        Map<String, String> existing = new HashMap<>();
        HttpResponse<String> list = send(authorized(base + "?briefRepresentation=true&first=0&max=10000").GET());
        require(list, "list organizations");
        for (JsonValue value : jsonArray(list.body())) {
            JsonObject organization = value.asJsonObject();
            existing.put(organization.getString("alias"), organization.getString("id"));
        }
        for (JsonValue value : wanted) {
            JsonObject organization = value.asJsonObject();
            String alias = organization.getString("alias");
            String id = existing.get(alias);
            if (id == null) {
                JsonObject create = Json.createObjectBuilder(organization).remove("members").build();
                HttpResponse<String> created = send(authorized(base).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(create.toString())));
                require(created, "create organization " + alias);
                String location = created.headers().firstValue("Location").orElseThrow();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            JsonArray members = organization.getJsonArray("members");
            if (members != null) {
                for (JsonValue member : members) {
                    addMember(base + "/" + id + "/members", member.asJsonObject().getString("username"));
                }
            }
        }
    }

    private void addMember(String membersPath, String username) {
        HttpResponse<String> users = send(authorized("/admin/realms/" + Settings.REALM + "/users?exact=true&username="
                + encode(username)).GET());
        require(users, "find user " + username);
        JsonArray found = jsonArray(users.body());
        if (found.isEmpty()) {
            return;
        }
        String userId = found.getJsonObject(0).getString("id");
        HttpResponse<String> added = send(authorized(membersPath).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createValue(userId).toString())));
        if (added.statusCode() != 409) {
            require(added, "add " + username + " to its organization");
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create(settings.keycloakUrl() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StartupFailure("Keycloak's Admin API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while updating the realm");
        }
    }

    private static void require(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new StartupFailure("Could not " + what + " in Keycloak (HTTP " + response.statusCode() + "): "
                    + response.body().lines().findFirst().orElse(""));
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray jsonArray(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}

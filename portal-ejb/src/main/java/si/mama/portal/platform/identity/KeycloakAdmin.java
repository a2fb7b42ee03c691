package si.mama.portal.platform.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.mama.portal.platform.error.PortalException;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keycloak's Admin REST API as the portal's service account ({@code portal-accounts}) sees it: users, their realm
 * roles, organizations and their members, and Keycloak's own "set your password" mail. It knows nothing of who
 * may do what: the account boundaries decide that before they call it.
 * <p>
 * Plain Jakarta REST client (Payara's Jersey) with JSON-P: {@code keycloak-admin-client} works inside the WAR but
 * puts RESTEasy's providers on Jersey's service path, and the WAR's own JAX-RS resources then fail (tried, see
 * the README).
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** Looked up once: {@code Json.create…} asks the service loader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
    private static final String UNAVAILABLE = "accounts.error.unavailable";

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/mama")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.keycloak.accounts-client", defaultValue = "portal-accounts")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.keycloak.accounts-secret", defaultValue = "portal-accounts-dev-secret")
    String clientSecret;

    private Client client;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.MIN;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    // --- organizations

    /** The id of the organization with this alias, if Keycloak has one. */
    public Optional<String> organizationId(String alias) throws PortalException {
        String known = organizationIds.get(alias);
        if (known != null) {
            return Optional.of(known);
        }
        JsonArray all = readArray(call(authorized(admin("organizations").queryParam("briefRepresentation", true)
                .queryParam("first", 0).queryParam("max", 10_000)).buildGet(), 200));
        for (JsonValue value : all) {
            JsonObject organization = value.asJsonObject();
            organizationIds.put(organization.getString("alias"), organization.getString("id"));
        }
        return Optional.ofNullable(organizationIds.get(alias));
    }

    /** Creates the organization for a centre unless it exists; returns its id. */
    public String ensureOrganization(String alias, String name) throws PortalException {
        Optional<String> existing = organizationId(alias);
        if (existing.isPresent()) {
            return existing.get();
        }
        JsonObject body = JSON.createObjectBuilder().add("alias", alias).add("name", name).add("enabled", true).build();
        String id = create(authorized(admin("organizations")).buildPost(json(body)));
        organizationIds.put(alias, id);
        return id;
    }

    /** The organizations' aliases a user belongs to. */
    public List<String> organizationsOf(String userId) throws PortalException {
        JsonArray organizations = readArray(call(authorized(admin("organizations/members/" + userId + "/organizations")
                .queryParam("briefRepresentation", true)).buildGet(), 200));
        return organizations.stream().map(value -> value.asJsonObject().getString("alias")).toList();
    }

    /**
     * Everyone in an organization, each read whole: the members list leaves out the pending password. A centre has
     * a handful of accounts, so one read each is cheap.
     */
    public List<KeycloakAccount> members(String organizationId) throws PortalException {
        // the full representations (enabled, required actions) in the one call, not a call per member
        JsonArray members = readArray(call(authorized(admin("organizations/" + organizationId + "/members")
                .queryParam("first", 0).queryParam("max", 1_000).queryParam("briefRepresentation", false)).buildGet(), 200));
        return members.stream().map(member -> KeycloakAccount.of(member.asJsonObject())).toList();
    }

    public void addMember(String organizationId, String userId) throws PortalException {
        Response response = send(authorized(admin("organizations/" + organizationId + "/members"))
                .buildPost(Entity.entity(JSON.createValue(userId).toString(), MediaType.APPLICATION_JSON)));
        expect(response, 201, 409); // 409: already a member
    }

    // --- users

    public Optional<KeycloakAccount> userByEmail(String email) throws PortalException {
        JsonArray users = readArray(call(authorized(admin("users").queryParam("email", email).queryParam("exact", true)
                .queryParam("briefRepresentation", false)).buildGet(), 200));
        return users.stream().map(value -> KeycloakAccount.of(value.asJsonObject()))
                .filter(account -> email.equalsIgnoreCase(account.email())).findFirst();
    }

    public Optional<KeycloakAccount> user(String userId) throws PortalException {
        Response response = send(authorized(admin("users/" + userId)).buildGet());
        if (response.getStatus() == 404) {
            response.close();
            return Optional.empty();
        }
        return Optional.of(KeycloakAccount.of(readObject(expect(response, 200))));
    }

    /**
     * Creates an enabled user whose e-mail counts as verified (the set-password link proves it) and who must choose
     * a password before the first sign-in; returns its id.
     */
    public String createUser(String email, String firstName, String lastName, String language) throws PortalException {
        JsonObject body = JSON.createObjectBuilder()
                .add("username", email)
                .add("email", email)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("requiredActions", JSON.createArrayBuilder().add("UPDATE_PASSWORD"))
                .add("attributes", JSON.createObjectBuilder().add("locale", JSON.createArrayBuilder().add(language)))
                .build();
        Response response = send(authorized(admin("users")).buildPost(json(body)));
        if (response.getStatus() == 409) { // the user name (the address) is taken by an account with another e-mail
            response.close();
            throw new PortalException("accounts.error.exists", null, email);
        }
        return createdId(response);
    }

    /** Removes a user an interrupted invitation left behind; a failure here is only logged. */
    public void deleteUserQuietly(String userId) {
        try {
            Response response = send(authorized(admin("users/" + userId)).buildDelete());
            response.close();
        } catch (PortalException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the half-made account " + userId, e);
        }
    }

    /** Deletes a user for good (the office's erasure of a person); one already gone counts as deleted. */
    public void deleteUser(String userId) throws PortalException {
        expect(send(authorized(admin("users/" + userId)).buildDelete()), 204, 404);
    }

    /** Turns an account on or off; turning it off also ends its sessions at once. */
    public void setEnabled(String userId, boolean enabled) throws PortalException {
        JsonObject current = readObject(call(authorized(admin("users/" + userId)).buildGet(), 200));
        JsonObject changed = JSON.createObjectBuilder(current).add("enabled", enabled).build();
        expect(send(authorized(admin("users/" + userId)).buildPut(json(changed))), 204);
        if (!enabled) {
            expect(send(authorized(admin("users/" + userId + "/logout")).buildPost(Entity.text(""))), 204);
        }
    }

    /** Keycloak's own mail with a link to set a password, valid for the given time, leading back to the portal. */
    public void sendSetPasswordMail(String userId, String redirectUri, long lifespanSeconds) throws PortalException {
        JsonArray actions = JSON.createArrayBuilder().add("UPDATE_PASSWORD").build();
        expect(send(authorized(admin("users/" + userId + "/execute-actions-email")
                .queryParam("client_id", "portal")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("lifespan", lifespanSeconds)
                ).buildPut(Entity.entity(actions.toString(), MediaType.APPLICATION_JSON))), 204);
    }

    // --- realm roles

    public void grantRealmRole(String userId, String role) throws PortalException {
        JsonObject representation = readObject(call(authorized(admin("roles/" + role)).buildGet(), 200));
        JsonArray roles = JSON.createArrayBuilder().add(representation).build();
        expect(send(authorized(admin("users/" + userId + "/role-mappings/realm"))
                .buildPost(Entity.entity(roles.toString(), MediaType.APPLICATION_JSON))), 204);
    }

    public void revokeRealmRole(String userId, String role) throws PortalException {
        JsonObject representation = readObject(call(authorized(admin("roles/" + role)).buildGet(), 200));
        JsonArray roles = JSON.createArrayBuilder().add(representation).build();
        expect(send(authorized(admin("users/" + userId + "/role-mappings/realm"))
                .build("DELETE", Entity.entity(roles.toString(), MediaType.APPLICATION_JSON))), 204);
    }

    /** The realm role names a user holds directly. */
    public List<String> realmRolesOf(String userId) throws PortalException {
        JsonArray roles = readArray(call(authorized(admin("users/" + userId + "/role-mappings/realm")).buildGet(), 200));
        return roles.stream().map(value -> value.asJsonObject().getString("name")).toList();
    }

    /** Everyone holding a realm role. */
    public List<KeycloakAccount> usersInRole(String role) throws PortalException {
        JsonArray users = readArray(call(authorized(admin("roles/" + role + "/users").queryParam("first", 0)
                .queryParam("max", 1_000).queryParam("briefRepresentation", false)).buildGet(), 200));
        return users.stream().map(value -> KeycloakAccount.of(value.asJsonObject())).toList();
    }

    // --- plumbing

    private Invocation.Builder authorized(WebTarget target) throws PortalException {
        return target.request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token());
    }

    private WebTarget admin(String path) {
        return client.target(serverUrl()).path("admin/realms").path(realm()).path(path);
    }

    private String serverUrl() {
        return providerUri.substring(0, providerUri.indexOf("/realms/"));
    }

    private String realm() {
        String rest = providerUri.substring(providerUri.indexOf("/realms/") + "/realms/".length());
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }

    private synchronized String token() throws PortalException {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId)
                .param("client_secret", clientSecret);
        Response response;
        try {
            response = client.target(providerUri).path("protocol/openid-connect/token").request()
                    .post(Entity.form(form));
        } catch (ProcessingException e) {
            throw unavailable("token", e);
        }
        JsonObject answer = readObject(expect(response, 200));
        token = answer.getString("access_token");
        tokenExpires = Instant.now().plusSeconds(Math.max(10, answer.getInt("expires_in", 60) - 30));
        return token;
    }

    private Response send(Invocation invocation) throws PortalException {
        try {
            return invocation.invoke();
        } catch (ProcessingException e) {
            throw unavailable("call", e);
        }
    }

    private String call(Invocation invocation, int status) throws PortalException {
        return expect(send(invocation), status);
    }

    private String expect(Response response, int... expected) throws PortalException {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            for (int status : expected) {
                if (response.getStatus() == status) {
                    return body;
                }
            }
            if (response.getStatus() == 401) {
                token = null; // a revoked or expired token: the next call fetches a new one
            }
            LOG.log(Level.WARNING, "Keycloak answered {0}: {1}", new Object[]{response.getStatus(), body});
            throw new PortalException(UNAVAILABLE, null);
        }
    }

    private static PortalException unavailable(String what, Exception cause) {
        LOG.log(Level.WARNING, "Keycloak did not answer the " + what, cause);
        return new PortalException(UNAVAILABLE, null);
    }

    private static Entity<String> json(JsonObject body) {
        return Entity.entity(body.toString(), MediaType.APPLICATION_JSON);
    }

    /** Sends a create request; returns the new resource's id from its Location. */
    private String create(Invocation invocation) throws PortalException {
        return createdId(send(invocation));
    }

    private String createdId(Response response) throws PortalException {
        URI location = response.getLocation();
        expect(response, 201);
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static JsonObject readObject(String body) {
        return JSON.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray readArray(String body) {
        return JSON.createReader(new StringReader(body)).readArray();
    }

    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString string ? string.getString() : null;
    }
}

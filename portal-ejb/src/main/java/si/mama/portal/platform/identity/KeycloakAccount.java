package si.mama.portal.platform.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * A Keycloak user as the portal needs it: who, whether the account is on, whether its password is still to be
 * set (an invitation not yet taken up), and when it was made ({@code null} if Keycloak does not say).
 */
public record KeycloakAccount(String id, String username, String email, String firstName, String lastName,
                              boolean enabled, boolean passwordPending, Instant created) {

    static KeycloakAccount of(JsonObject user) {
        JsonArray actions = user.getJsonArray("requiredActions");
        boolean pending = actions != null && actions.getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(action -> action.getString().equals("UPDATE_PASSWORD"));
        return new KeycloakAccount(user.getString("id"), KeycloakAdmin.text(user, "username"),
                KeycloakAdmin.text(user, "email"), KeycloakAdmin.text(user, "firstName"),
                KeycloakAdmin.text(user, "lastName"), user.getBoolean("enabled", false), pending,
                user.get("createdTimestamp") instanceof JsonNumber millis ? Instant.ofEpochMilli(millis.longValue()) : null);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}

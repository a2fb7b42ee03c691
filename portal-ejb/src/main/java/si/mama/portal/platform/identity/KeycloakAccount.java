package si.mama.portal.platform.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * A Keycloak user as the portal needs it: who, whether the account is on, and whether its password is still to be
 * set (an invitation not yet taken up).
 */
public record KeycloakAccount(String id, String username, String email, String firstName, String lastName,
                              boolean enabled, boolean passwordPending) {

    static KeycloakAccount of(JsonObject user) {
        JsonArray actions = user.getJsonArray("requiredActions");
        boolean pending = actions != null && actions.getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(action -> action.getString().equals("UPDATE_PASSWORD"));
        return new KeycloakAccount(user.getString("id"), KeycloakAdmin.text(user, "username"),
                KeycloakAdmin.text(user, "email"), KeycloakAdmin.text(user, "firstName"),
                KeycloakAdmin.text(user, "lastName"), user.getBoolean("enabled", false), pending);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}

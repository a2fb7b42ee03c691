package si.mama.portal.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void defaultsRunEverythingOnThisMachine() {
        Settings settings = Settings.from(Map.of(), key -> Optional.empty());
        assertEquals(8080, settings.httpPort());
        assertEquals(8180, settings.keycloakPort());
        assertEquals("http://localhost:8080", settings.baseUrl());
        assertEquals("http://localhost:8180/realms/mama", settings.providerUri());
        assertEquals("jdbc:mariadb://127.0.0.1:3307/portal", settings.portalDbUrl());
        assertEquals(3025, settings.mailPort());
        assertEquals("http://localhost:8025", settings.mailWebUrl());
        assertTrue(settings.demoData());
        assertEquals(1800, settings.sessionTimeoutSeconds(), "half an hour, as Keycloak's SSO idle time");
    }

    @Test
    void anEnvironmentVariableOverridesTheDefaultAndASystemPropertyOverridesBoth() {
        Map<String, String> env = Map.of("PORTAL_HTTP_PORT", "9090", "PORTAL_KEYCLOAK_PORT", "9180");
        Settings settings = Settings.from(env, key -> key.equals("portal.keycloak.port") ? Optional.of("7180") : Optional.empty());
        assertEquals(9090, settings.httpPort());
        assertEquals("http://localhost:9090", settings.baseUrl(), "the base URL follows the port");
        assertEquals(7180, settings.keycloakPort());
    }

    @Test
    void aPortThatIsNotANumberIsOneClearLine() {
        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> Settings.from(Map.of("PORTAL_DB_PORT", "abc"), key -> Optional.empty()));
        assertEquals("Setting portal.db.port (PORTAL_DB_PORT) must be a number, not 'abc'.", failure.getMessage());
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertEquals("PORTAL_OIDC_CLIENT_SECRET", Settings.envName("portal.oidc.client-secret"));
    }

    @Test
    void theRealmGetsThisRunsAddressAndSecret() {
        Settings settings = Settings.from(Map.of("PORTAL_HTTP_PORT", "9999", "PORTAL_OIDC_CLIENT_SECRET", "s3cret"),
                key -> Optional.empty());
        String realm = KeycloakServer.realmJson(settings);
        assertTrue(realm.contains("\"http://localhost:9999/*\""), "redirect URIs follow the portal's address");
        assertTrue(realm.contains("\"s3cret\""));
        assertTrue(!realm.contains("${PORTAL_"), "no placeholder is left");
    }
}

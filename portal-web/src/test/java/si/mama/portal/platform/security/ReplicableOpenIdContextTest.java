package si.mama.portal.platform.security;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in's tokens reach another node: what {@link ReplicableOpenIdContext#save} puts in the session survives Java
 * serialization (as the Data Grid stores sessions) and fills the empty context the other node makes.
 */
class ReplicableOpenIdContextTest {

    @Test
    void theTokensTravelInTheSessionAndFillTheOtherNodesEmptyContext() throws Exception {
        ReplicableOpenIdContext signedIn = new ReplicableOpenIdContext();
        signedIn.setTokenType("Bearer");
        signedIn.setExpiresIn(300L);
        signedIn.setAccessToken(access("access-1"));
        signedIn.setIdentityToken(identity("identity-1"));
        signedIn.setRefreshToken(() -> "refresh-1");
        Map<String, Object> first = new HashMap<>();
        ReplicableOpenIdContext.save(signedIn, session(first));

        Map<String, Object> second = travelled(first);
        ReplicableOpenIdContext arrived = new ReplicableOpenIdContext();
        assertNull(arrived.getAccessToken());
        assertTrue(ReplicableOpenIdContext.restore(arrived, session(second)));

        assertEquals("access-1", arrived.getAccessToken().getToken());
        assertEquals(300L, arrived.getAccessToken().getExpirationTime());
        assertFalse(arrived.getAccessToken().isExpired());
        assertEquals("identity-1", arrived.getIdentityToken().getToken());
        assertEquals("refresh-1", arrived.getRefreshToken().map(RefreshToken::getToken).orElse(null));
        assertEquals("Bearer", arrived.getTokenType());
        assertEquals(300L, arrived.getExpiresIn().orElse(null));
    }

    @Test
    void aRefreshedAccessTokenReplacesTheSavedOne() throws Exception {
        ReplicableOpenIdContext signedIn = new ReplicableOpenIdContext();
        signedIn.setAccessToken(access("access-1"));
        Map<String, Object> attributes = new HashMap<>();
        ReplicableOpenIdContext.save(signedIn, session(attributes));
        signedIn.setAccessToken(access("access-2"));
        ReplicableOpenIdContext.save(signedIn, session(attributes));

        ReplicableOpenIdContext arrived = new ReplicableOpenIdContext();
        ReplicableOpenIdContext.restore(arrived, session(travelled(attributes)));
        assertEquals("access-2", arrived.getAccessToken().getToken());
    }

    @Test
    void nothingIsSavedWithoutASessionOrTokensAndNothingRestoredFromASessionWithoutThem() {
        Map<String, Object> attributes = new HashMap<>();
        ReplicableOpenIdContext.save(new ReplicableOpenIdContext(), session(attributes));
        assertTrue(attributes.isEmpty(), "a context without tokens saves nothing");
        ReplicableOpenIdContext.save(new ReplicableOpenIdContext(), null);

        ReplicableOpenIdContext arrived = new ReplicableOpenIdContext();
        assertFalse(ReplicableOpenIdContext.restore(arrived, session(attributes)));
        assertFalse(ReplicableOpenIdContext.restore(arrived, null));
        assertNull(arrived.getAccessToken());
    }

    /** The session's attributes as another node reads them: written and read back with Java serialization. */
    private static Map<String, Object> travelled(Map<String, Object> attributes) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(attributes));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) in.readObject();
            return read;
        }
    }

    /** A session that keeps its attributes in {@code attributes}: the only part of a session the context uses. */
    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[]{HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static AccessToken access(String token) {
        return (AccessToken) Proxy.newProxyInstance(AccessToken.class.getClassLoader(), new Class<?>[]{AccessToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getToken" -> token;
                    case "getExpirationTime" -> 300L;
                    case "getType" -> AccessToken.Type.BEARER;
                    case "getScope" -> null;
                    case "toString" -> token;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static IdentityToken identity(String token) {
        return (IdentityToken) Proxy.newProxyInstance(IdentityToken.class.getClassLoader(), new Class<?>[]{IdentityToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getToken" -> token;
                    case "toString" -> token;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

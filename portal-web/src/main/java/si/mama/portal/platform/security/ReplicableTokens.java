package si.mama.portal.platform.security;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.security.enterprise.identitystore.openid.Scope;
import org.glassfish.soteria.mechanisms.openid.domain.AccessTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.IdentityTokenImpl;

import java.io.Serializable;
import java.util.Map;

/**
 * Serializable stand-ins for Jakarta Security's tokens ({@link ReplicableOpenIdContext}). Each keeps what it needs to
 * be rebuilt (the token's text, and for the access token its expiry as an instant, since the original counts from the
 * moment it was received) and delegates to the original, or, after travelling to another node, to a copy parsed again
 * from the text. The identity token was verified when it was received; the copy is only read.
 */
final class ReplicableTokens {

    /** How long before expiry a token counts as expired: Jakarta Security's default (tokenMinValidity). */
    private static final long MIN_VALIDITY_MILLIS = 10_000;

    private ReplicableTokens() {
    }

    static IdentityToken identity(IdentityToken token) {
        return token instanceof Identity ? token : new Identity(token);
    }

    static AccessToken access(AccessToken token) {
        return token instanceof Access ? token : new Access(token);
    }

    static RefreshToken refresh(RefreshToken token) {
        return token instanceof Refresh ? token : new Refresh(token.getToken());
    }

    static final class Identity implements IdentityToken, Serializable {
        private static final long serialVersionUID = 1L;
        private final String token;
        private transient IdentityToken delegate;

        Identity(IdentityToken original) {
            this.token = original.getToken();
            this.delegate = original;
        }

        private IdentityToken delegate() {
            if (delegate == null) {
                delegate = new IdentityTokenImpl(token, MIN_VALIDITY_MILLIS);
            }
            return delegate;
        }

        @Override
        public String getToken() {
            return token;
        }

        @Override
        public JwtClaims getJwtClaims() {
            return delegate().getJwtClaims();
        }

        @Override
        public boolean isExpired() {
            return delegate().isExpired();
        }

        @Override
        public Map<String, Object> getClaims() {
            return delegate().getClaims();
        }

        @Override
        public String toString() {
            return token;
        }
    }

    static final class Access implements AccessToken, Serializable {
        private static final long serialVersionUID = 1L;
        private final String token;
        private final String type;
        private final Long expiresIn;
        private final String scope;
        /** When it expires (epoch millis), or 0 when only its exp claim tells. */
        private final long expiresAt;
        private transient AccessToken delegate;

        Access(AccessToken original) {
            this.token = original.getToken();
            this.type = original.getType() == null ? "Bearer" : original.getType().name();
            this.expiresIn = original.getExpirationTime();
            this.scope = original.getScope() == null ? null : original.getScope().toString();
            this.expiresAt = expiresIn == null ? 0 : System.currentTimeMillis() + expiresIn * 1000;
            this.delegate = original;
        }

        private AccessToken delegate() {
            if (delegate == null) {
                delegate = new AccessTokenImpl(type, token, expiresIn, scope, MIN_VALIDITY_MILLIS);
            }
            return delegate;
        }

        @Override
        public boolean isExpired() {
            return expiresAt == 0 ? delegate().isExpired() : System.currentTimeMillis() + MIN_VALIDITY_MILLIS > expiresAt;
        }

        @Override
        public String getToken() {
            return token;
        }

        @Override
        public Map<String, Object> getClaims() {
            return delegate().getClaims();
        }

        @Override
        public Object getClaim(String key) {
            return delegate().getClaim(key);
        }

        @Override
        public Long getExpirationTime() {
            return expiresIn;
        }

        @Override
        public Scope getScope() {
            return delegate().getScope();
        }

        @Override
        public boolean isJWT() {
            return delegate().isJWT();
        }

        @Override
        public JwtClaims getJwtClaims() {
            return delegate().getJwtClaims();
        }

        @Override
        public Type getType() {
            return delegate().getType();
        }

        @Override
        public String toString() {
            return token;
        }
    }

    record Refresh(String token) implements RefreshToken, Serializable {

        @Override
        public String getToken() {
            return token;
        }

        @Override
        public String toString() {
            return token;
        }
    }
}

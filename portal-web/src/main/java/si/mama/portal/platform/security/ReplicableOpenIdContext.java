package si.mama.portal.platform.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Specializes;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

/**
 * The signed-in user's OpenID Connect context (tokens), made able to travel with the HTTP session to another node.
 * Jakarta Security's own context is meant to, but its token classes are not serializable (eclipse-ee4j/soteria#379),
 * so a replicated session would lose the sign-in and the next node would fail on it. This replaces that bean for the
 * whole application and keeps each token as a {@link ReplicableTokens} copy, which carries the token text and its
 * expiry and parses the token again on the node it arrives at.
 */
@Specializes
@SessionScoped
public class ReplicableOpenIdContext extends OpenIdContextImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public void setAccessToken(AccessToken token) {
        super.setAccessToken(token == null ? null : ReplicableTokens.access(token));
    }

    @Override
    public void setIdentityToken(IdentityToken token) {
        super.setIdentityToken(token == null ? null : ReplicableTokens.identity(token));
    }

    @Override
    public void setRefreshToken(RefreshToken token) {
        super.setRefreshToken(token == null ? null : ReplicableTokens.refresh(token));
    }
}

package si.mama.portal.platform.security;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

/**
 * The signed-in user's OpenID Connect context (tokens), made able to travel with the HTTP session to another node.
 * Jakarta Security's own context is meant to, but its token classes are not serializable (eclipse-ee4j/soteria#379),
 * so a replicated session would lose the sign-in and the next node would fail on it. {@link SecurityExtension} makes
 * the container's session bean create instances of this class (the bean itself stays the container's: a bean of ours
 * would not be visible to the mechanism), which keeps each token as a {@link ReplicableTokens} copy: the token's text
 * and expiry, parsed again on the node it arrives at.
 */
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

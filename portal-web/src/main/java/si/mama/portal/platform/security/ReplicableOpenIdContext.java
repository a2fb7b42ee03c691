package si.mama.portal.platform.security;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

import java.io.Serializable;

/**
 * The signed-in user's OpenID Connect context (tokens), made able to travel with the HTTP session to another node.
 * Jakarta Security's own context is meant to, but its token classes are not serializable (eclipse-ee4j/soteria#379),
 * and the container beans it holds travel as proxies whose ids differ between two nodes (they name whichever extension
 * the container happened to attribute them to). {@link SecurityExtension} makes the container's session bean create
 * instances of this class (a bean of ours would not be visible to the mechanism), which keeps each token as a
 * {@link ReplicableTokens} copy and travels as its tokens alone ({@link Tokens}): the node it arrives at injects its
 * own container beans again.
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

    private Object writeReplace() {
        return new Tokens(getTokenType(), getAccessToken(), getIdentityToken(), getRefreshToken().orElse(null),
                getExpiresIn().orElse(null));
    }

    /** What travels: the tokens (their serializable copies) and nothing of the container's. */
    private record Tokens(String type, AccessToken access, IdentityToken identity, RefreshToken refresh, Long expiresIn)
            implements Serializable {

        private Object readResolve() {
            ReplicableOpenIdContext context = new ReplicableOpenIdContext();
            BeanManager beans = CDI.current().getBeanManager();
            AnnotatedType<OpenIdContextImpl> type = beans.createAnnotatedType(OpenIdContextImpl.class);
            beans.getInjectionTargetFactory(type).createInjectionTarget(null).inject(context, beans.createCreationalContext(null));
            context.setTokenType(this.type);
            context.setAccessToken(access);
            context.setIdentityToken(identity);
            context.setRefreshToken(refresh);
            context.setExpiresIn(expiresIn);
            return context;
        }
    }
}

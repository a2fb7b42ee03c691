package si.mama.portal.platform.security;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpSession;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

import java.io.Serializable;

/**
 * The signed-in user's OpenID Connect context (tokens), made able to travel with the HTTP session to another node.
 * Jakarta Security's own context is meant to, but its token classes are not serializable (eclipse-ee4j/soteria#379),
 * and the container beans it holds travel as proxies whose ids differ between two nodes (they name whichever extension
 * the container happened to attribute them to). {@link SecurityExtension} makes the container's session bean create
 * instances of this class (a bean of ours would not be visible to the mechanism), which keeps each token as a
 * {@link ReplicableTokens} copy and travels as its tokens alone ({@link Tokens}): the node it arrives at injects its
 * own container beans again. Where the container makes a new context instead, {@link ProviderGuard} fills it from the
 * session ({@link #save}, {@link #restore}).
 */
public class ReplicableOpenIdContext extends OpenIdContextImpl {

    private static final long serialVersionUID = 1L;

    /** The session attribute that carries the tokens to another node (see {@link #save} and {@link #restore}). */
    static final String SESSION_KEY = ReplicableOpenIdContext.class.getName();

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

    /**
     * Keeps the context's tokens in a session attribute of the portal's own: the container's session bean is stored
     * under an id that is not the same on two nodes, so the node a session arrives at makes a new, empty context,
     * which {@link #restore} fills from this attribute. Called with the request in hand ({@link ProviderGuard}): a
     * container bean's lookup of the current request is not reliable while the request is being authenticated.
     */
    static void save(OpenIdContext context, HttpSession session) {
        if (session == null) {
            return; // no session, so no context either (asking for one would make both)
        }
        AccessToken access = context.getAccessToken();
        if (access == null) {
            return;
        }
        boolean kept = session.getAttribute(SESSION_KEY) instanceof Tokens saved && saved.access() != null
                && access.getToken().equals(saved.access().getToken());
        if (!kept) {
            session.setAttribute(SESSION_KEY, Tokens.of(context));
        }
    }

    /**
     * Fills an empty context (through the container's proxy, so its public setters) with the tokens this session
     * brought from another node; false if it brought none.
     */
    static boolean restore(OpenIdContext context, HttpSession session) {
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof Tokens tokens)
                || !(context instanceof OpenIdContextImpl target)) {
            return false;
        }
        tokens.fill(target);
        return true;
    }

    private Object writeReplace() {
        return new Replica(Tokens.of(this));
    }

    /** What travels of the context itself: its tokens, from which the node it arrives at makes a new context. */
    private record Replica(Tokens tokens) implements Serializable {

        private Object readResolve() {
            ReplicableOpenIdContext context = new ReplicableOpenIdContext();
            BeanManager beans = CDI.current().getBeanManager();
            AnnotatedType<OpenIdContextImpl> type = beans.createAnnotatedType(OpenIdContextImpl.class);
            beans.getInjectionTargetFactory(type).createInjectionTarget(null).inject(context, beans.createCreationalContext(null));
            tokens.fill(context);
            return context;
        }
    }

    /** The tokens (their serializable copies) and nothing of the container's: they stay tokens where they arrive. */
    private record Tokens(String type, AccessToken access, IdentityToken identity, RefreshToken refresh, Long expiresIn)
            implements Serializable {

        static Tokens of(OpenIdContext context) {
            return new Tokens(context.getTokenType(),
                    context.getAccessToken() == null ? null : ReplicableTokens.access(context.getAccessToken()),
                    context.getIdentityToken() == null ? null : ReplicableTokens.identity(context.getIdentityToken()),
                    context.getRefreshToken().map(ReplicableTokens::refresh).orElse(null),
                    context.getExpiresIn().orElse(null));
        }

        void fill(OpenIdContextImpl context) {
            context.setTokenType(type);
            context.setExpiresIn(expiresIn);
            context.setAccessToken(access);
            context.setIdentityToken(identity);
            context.setRefreshToken(refresh);
        }
    }
}

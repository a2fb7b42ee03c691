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

    /** The session attribute that carries the tokens to another node (see {@link #restore}). */
    static final String SESSION_KEY = ReplicableOpenIdContext.class.getName();

    @Override
    public void setAccessToken(AccessToken token) {
        super.setAccessToken(token == null ? null : ReplicableTokens.access(token));
        remember();
    }

    @Override
    public void setIdentityToken(IdentityToken token) {
        super.setIdentityToken(token == null ? null : ReplicableTokens.identity(token));
        remember();
    }

    @Override
    public void setRefreshToken(RefreshToken token) {
        super.setRefreshToken(token == null ? null : ReplicableTokens.refresh(token));
        remember();
    }

    /**
     * Keeps the tokens in a session attribute of the portal's own too: the container's session bean is stored under an
     * id that is not the same on two nodes, so the node a session arrives at makes a new, empty context, which
     * {@link #restore} fills from this attribute.
     */
    private void remember() {
        currentSession(true).ifPresent(session -> session.setAttribute(SESSION_KEY, writeReplace()));
    }

    /** A new context of this session: with the tokens the session brought from another node, if it did. */
    static ReplicableOpenIdContext restore() {
        ReplicableOpenIdContext context = new ReplicableOpenIdContext();
        currentSession(false).map(session -> session.getAttribute(SESSION_KEY))
                .filter(Tokens.class::isInstance).map(Tokens.class::cast)
                .ifPresent(tokens -> tokens.fill(context));
        return context;
    }

    private static java.util.Optional<jakarta.servlet.http.HttpSession> currentSession(boolean create) {
        try {
            return java.util.Optional.ofNullable(CDI.current().select(jakarta.servlet.http.HttpServletRequest.class).get()
                    .getSession(create));
        } catch (RuntimeException noRequest) {
            return java.util.Optional.empty();
        }
    }

    private void setTokens(AccessToken access, IdentityToken identity, RefreshToken refresh) {
        super.setAccessToken(access);
        super.setIdentityToken(identity);
        super.setRefreshToken(refresh);
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
            fill(context);
            return context;
        }

        void fill(ReplicableOpenIdContext context) {
            context.setTokenType(this.type);
            context.setExpiresIn(expiresIn);
            // the parent's setters: the tokens are replicable copies already, and the session has them
            context.setTokens(access, identity, refresh);
        }
    }
}

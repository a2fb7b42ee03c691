package si.mama.portal.platform.security;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds {@link ProviderGuard} to the OpenID Connect mechanism (added by {@link SecurityExtension}). */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ProviderGuarded {

    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<ProviderGuarded> implements ProviderGuarded {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}

package si.mama.portal.platform.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the token says: user name, roles and (for centre users) the one centre they belong to.
 * Immutable; built once per sign-in and carried by {@link si.mama.portal.platform.tenancy.CurrentUser}, and kept in
 * the HTTP session, which may travel to another node.
 */
public record Caller(String username, String displayName, Set<Role> roles, CentreRef centre, String email)
        implements Serializable {

    public enum Kind {
        /** Not signed in. */
        ANONYMOUS,
        /** Network office: works across centres through office boundaries. */
        OFFICE,
        /** Member centre user with exactly one centre. */
        CENTRE,
        /** Signed in but with no usable centre (none, several, unknown) and no office role. */
        UNLINKED
    }

    /** The centre a centre user belongs to. */
    public record CentreRef(long id, String alias, String name) implements Serializable {
        public CentreRef {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(name, "name");
        }
    }

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A caller whose token has no verified e-mail address. */
    public Caller(String username, String displayName, Set<Role> roles, CentreRef centre) {
        this(username, displayName, roles, centre, null);
    }

    /** The verified e-mail address the caller signed in with, if the token has one. */
    public Optional<String> verifiedEmail() {
        return Optional.ofNullable(email);
    }

    public static Caller anonymous() {
        return new Caller(null, null, Set.of(), null);
    }

    /**
     * The organization alias a centre user is linked to: present only when the token names exactly one.
     * Several organizations are as unusable as none: we never guess which centre's data to show.
     */
    public static Optional<String> linkedAlias(Collection<String> organizations) {
        if (organizations == null || organizations.size() != 1) {
            return Optional.empty();
        }
        String alias = organizations.iterator().next();
        return alias == null || alias.isBlank() ? Optional.empty() : Optional.of(alias.strip());
    }

    public Kind kind() {
        if (username == null) {
            return Kind.ANONYMOUS;
        }
        if (roles.stream().anyMatch(Role::isOffice)) {
            return Kind.OFFICE;
        }
        if (centre != null && roles.stream().anyMatch(Role::isCentre)) {
            return Kind.CENTRE;
        }
        return Kind.UNLINKED;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOffice() {
        return kind() == Kind.OFFICE;
    }

    public boolean isCentreUser() {
        return kind() == Kind.CENTRE;
    }
}

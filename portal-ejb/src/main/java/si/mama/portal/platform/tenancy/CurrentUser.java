package si.mama.portal.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.security.Role;

import java.util.Arrays;
import java.util.Objects;

/**
 * The one request-scoped answer to "who is asking, and for which centre". Filled by the web layer from
 * the OpenID Connect token at the start of each request; read by {@link TenantFilter} and by boundaries
 * that check roles.
 */
@Named
@RequestScoped
public class CurrentUser {

    private Caller caller = Caller.anonymous();

    public void signIn(Caller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public Caller caller() {
        return caller;
    }

    public Caller getCaller() {
        return caller;
    }

    // accessors for pages: Jakarta EL 5 does not read record components

    public boolean isSignedIn() {
        return caller.username() != null;
    }

    public String getUsername() {
        return caller.username();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    /** The current user's centre name, or {@code null} for users without a centre. */
    public String getCentreName() {
        return caller.isCentreUser() ? caller.centre().name() : null;
    }

    public boolean isCentreAdmin() {
        return caller.isCentreUser() && caller.has(Role.CENTRE_ADMIN);
    }

    public boolean isOffice() {
        return caller.isOffice();
    }

    public boolean isCentreUser() {
        return caller.isCentreUser();
    }

    public boolean has(Role role) {
        return caller.has(role);
    }

    /** The current user's centre; a caller without exactly one centre has no centre data at all. */
    public long centreId() {
        if (!caller.isCentreUser()) {
            throw new AccessDeniedException("Caller " + caller.username() + " is not linked to a centre");
        }
        return caller.centre().id();
    }

    /** Refuses unless the caller holds at least one of the roles. */
    public void require(Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(caller::has)) {
            throw new AccessDeniedException("Caller " + caller.username() + " lacks " + Arrays.toString(anyOf));
        }
    }

    public void requireOffice() {
        if (!caller.isOffice()) {
            throw new AccessDeniedException("Caller " + caller.username() + " is not office staff");
        }
    }
}

package si.mama.portal.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The realm roles of the portal, as Keycloak names them in the token's {@code groups} claim. */
public enum Role {
    OFFICE_ADMIN("office-admin"),
    OFFICE_STAFF("office-staff"),
    CENTRE_ADMIN("centre-admin"),
    CENTRE_STAFF("centre-staff");

    public static final String OFFICE_ADMIN_NAME = "office-admin";
    public static final String OFFICE_STAFF_NAME = "office-staff";
    public static final String CENTRE_ADMIN_NAME = "centre-admin";
    public static final String CENTRE_STAFF_NAME = "centre-staff";

    private final String tokenName;

    Role(String tokenName) {
        this.tokenName = tokenName;
    }

    public String tokenName() {
        return tokenName;
    }

    public boolean isOffice() {
        return this == OFFICE_ADMIN || this == OFFICE_STAFF;
    }

    public boolean isCentre() {
        return this == CENTRE_ADMIN || this == CENTRE_STAFF;
    }

    public static Optional<Role> fromTokenName(String name) {
        return Arrays.stream(values()).filter(role -> role.tokenName.equals(name)).findFirst();
    }

    /** The portal roles among a token's groups; unknown groups (Keycloak defaults) are ignored. */
    public static Set<Role> fromTokenNames(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> fromTokenName(name).ifPresent(roles::add));
        return roles;
    }
}

package si.mama.portal.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member youth centre: the tenant. Centres are network data (every user may know they exist);
 * what a centre owns is filtered by its id through {@link si.mama.portal.platform.entity.Tenancy}.
 * The alias links the centre to its Keycloak organization.
 */
@Entity
@Table(name = "centre")
@NamedQuery(name = "Centre.byAlias", query = "select c from Centre c where c.alias = :alias")
public class Centre {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String alias;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false, length = 16)
    private MembershipStatus membershipStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_requests", nullable = false, length = 16)
    private StaffRequests staffRequests = StaffRequests.APPROVAL;

    @Column(name = "steward_username", length = 100)
    private String stewardUsername;

    @Column(name = "steward_name", length = 200)
    private String stewardName;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(length = 255)
    private String website;

    @Version
    private long version;

    protected Centre() {
        // for JPA
    }

    public Centre(String alias, String name, String municipality, Region region) {
        this.alias = normaliseAlias(alias);
        this.name = requireText(name, "name");
        this.municipality = requireText(municipality, "municipality");
        this.region = Objects.requireNonNull(region, "region");
        this.membershipStatus = MembershipStatus.CANDIDATE;
    }

    /** Aliases are the Keycloak organization aliases: lower case letters, digits and hyphens. */
    public static String normaliseAlias(String alias) {
        String value = requireText(alias, "alias").toLowerCase(Locale.ROOT);
        if (!ALIAS.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a centre alias: " + alias);
        }
        return value;
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return trimmed;
    }

    public void changeMembership(MembershipStatus status) {
        this.membershipStatus = Objects.requireNonNull(status, "status");
    }

    public void changeContact(String email, String phone, String website) {
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.website = blankToNull(website);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Sets how the centre's staff may ask to be registered for trainings. */
    public void changeStaffRequests(StaffRequests staffRequests) {
        this.staffRequests = Objects.requireNonNull(staffRequests, "staffRequests");
    }

    /** The office's steward of this centre (a username and the name to show), or none. */
    public void assignSteward(String username, String name) {
        this.stewardUsername = blankToNull(username);
        this.stewardName = stewardUsername == null ? null : name == null || name.isBlank() ? stewardUsername : name.strip();
    }

    public String getStewardUsername() {
        return stewardUsername;
    }

    public String getStewardName() {
        return stewardName;
    }

    public StaffRequests getStaffRequests() {
        return staffRequests;
    }

    public boolean isMember() {
        return membershipStatus == MembershipStatus.MEMBER;
    }

    public Long getId() {
        return id;
    }

    public String getAlias() {
        return alias;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public Region getRegion() {
        return region;
    }

    public MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Centre centre && id != null && id.equals(centre.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Centre[" + id + ", " + alias + "]";
    }
}

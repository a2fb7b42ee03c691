package si.mama.portal.centre.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member youth centre: the tenant. Centres are network data (every user may know they exist);
 * what a centre owns is filtered by its id through {@link si.mama.portal.platform.entity.Tenancy}.
 * The alias links the centre to its Keycloak organization. Its membership record (evidenca članstva) is the
 * {@link CentreProfile}, the dated {@link MembershipPeriod}s whose last one is the current status, and its contacts.
 */
@Entity
@Table(name = "centre")
@NamedQuery(name = "Centre.byAlias", query = "select c from Centre c where c.alias = :alias")
public class Centre implements Serializable {

    private static final long serialVersionUID = 1L;

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

    @Embedded
    private CentreProfile profile = CentreProfile.empty();

    @OneToMany(mappedBy = "centre", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<MembershipPeriod> periods = new ArrayList<>();

    @OneToMany(mappedBy = "centre", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CentreContact> contacts = new ArrayList<>();

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

    /**
     * A centre the office admits to the network, as a candidate or straight away as a member, from a date on: its
     * first membership period.
     */
    public static Centre admit(String alias, String name, String municipality, Region region, MembershipStatus status,
                               LocalDate from) {
        if (status != MembershipStatus.CANDIDATE && status != MembershipStatus.MEMBER) {
            throw new MembershipRuleViolation("status", "admitStatus");
        }
        if (from == null) {
            throw new MembershipRuleViolation("from", "required");
        }
        Centre centre = new Centre(alias, name, municipality, region);
        centre.enter(status, from, null);
        return centre;
    }

    /**
     * The membership changes from a date on (today when none is given, but leaving needs its date), never to the
     * status it has, nor before the previous change. Becoming a member also sets "member since" when it is unknown.
     */
    public MembershipPeriod changeMembership(MembershipStatus status, LocalDate from, String note, LocalDate today) {
        Objects.requireNonNull(status, "status");
        if (status == membershipStatus) {
            throw new MembershipRuleViolation("status", "sameStatus");
        }
        if (from == null && status == MembershipStatus.LEFT) {
            throw new MembershipRuleViolation("from", "leftNeedsDate");
        }
        LocalDate effective = from == null ? today : from;
        LocalDate previous = periods.stream().map(MembershipPeriod::getFromDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (previous != null && effective.isBefore(previous)) {
            throw new MembershipRuleViolation("from", "beforePrevious", previous);
        }
        return enter(status, effective, note);
    }

    private MembershipPeriod enter(MembershipStatus status, LocalDate from, String note) {
        MembershipPeriod period = new MembershipPeriod(this, status, from, note);
        periods.add(period);
        membershipStatus = status;
        if (status == MembershipStatus.MEMBER) {
            profile = profile.withMemberSinceIfNone(from);
        }
        return period;
    }

    /** The office renames or moves a centre (its alias, the organization's, stays). */
    public void changeIdentity(String name, String municipality, Region region) {
        String checkedName = RecordTexts.required(name, 200, "name");
        String checkedMunicipality = RecordTexts.required(municipality, 100, "municipality");
        if (region == null) {
            throw new MembershipRuleViolation("region", "required");
        }
        this.name = checkedName;
        this.municipality = checkedMunicipality;
        this.region = region;
    }

    public void changeProfile(CentreProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    public CentreContact addContactPerson(ContactRole role, String name, String email, String phone) {
        CentreContact contact = new CentreContact(this, role, name, email, phone);
        contacts.add(contact);
        return contact;
    }

    public CentreContact changeContactPerson(long contactId, ContactRole role, String name, String email, String phone) {
        CentreContact contact = contactPerson(contactId);
        contact.change(role, name, email, phone);
        return contact;
    }

    public void removeContactPerson(long contactId) {
        contacts.remove(contactPerson(contactId));
    }

    private CentreContact contactPerson(long contactId) {
        return contacts.stream().filter(c -> c.getId() != null && c.getId() == contactId).findFirst()
                .orElseThrow(() -> new MembershipRuleViolation(null, "noSuchContact"));
    }

    /** The centre's own address, phone and website: the fields its admin keeps up to date. */
    public void changeContact(String email, String phone, String website) {
        String checkedEmail = RecordTexts.email(email, "email");
        String checkedPhone = RecordTexts.optional(phone, 40, "phone");
        String checkedWebsite = RecordTexts.optional(website, 255, "website");
        this.email = checkedEmail;
        this.phone = checkedPhone;
        this.website = checkedWebsite;
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

    public CentreProfile getProfile() {
        return profile == null ? CentreProfile.empty() : profile;
    }

    /** The membership periods, oldest first; the last one is the current status. */
    public List<MembershipPeriod> getPeriods() {
        return List.copyOf(periods);
    }

    public List<CentreContact> getContacts() {
        return List.copyOf(contacts);
    }

    public long getVersion() {
        return version;
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

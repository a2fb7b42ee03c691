package si.mama.portal.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A centre's legal profile in the membership record (evidenca članstva): legal name, registration and tax numbers,
 * address, founding year, member since, Logbook, and its youth hostel (MCH) with its beds. A value: a change makes a
 * new one through {@link #of}, which checks every rule; centres recorded before the record existed have an empty one.
 */
@Embeddable
public class CentreProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FOUNDED_MIN = 1900;

    @Column(name = "legal_name", length = 250)
    private String legalName;

    @Column(name = "registration_number", length = 10)
    private String registrationNumber;

    @Column(name = "tax_number", length = 8)
    private String taxNumber;

    @Column(length = 200)
    private String street;

    @Column(length = 4)
    private String postcode;

    @Column(name = "post_town", length = 100)
    private String postTown;

    @Column(name = "founded_year")
    private Integer foundedYear;

    @Column(name = "member_since")
    private LocalDate memberSince;

    @Column(name = "uses_logbook", nullable = false)
    private boolean usesLogbook;

    @Column(name = "runs_hostel", nullable = false)
    private boolean runsHostel;

    @Column(name = "hostel_beds")
    private Integer hostelBeds;

    protected CentreProfile() {
        // for JPA and the empty profile
    }

    public static CentreProfile empty() {
        return new CentreProfile();
    }

    /**
     * A checked profile: legal name and registration number (matična številka, 7 or 10 digits) required, tax number
     * (davčna, 8 digits) optional, postcode 4 digits, founded between 1900 and this year, beds above zero exactly
     * when the centre runs a hostel.
     */
    public static CentreProfile of(String legalName, String registrationNumber, String taxNumber, String street,
                                   String postcode, String postTown, Integer foundedYear, LocalDate memberSince,
                                   boolean usesLogbook, boolean runsHostel, Integer hostelBeds, LocalDate today) {
        CentreProfile profile = new CentreProfile();
        profile.legalName = RecordTexts.required(legalName, 250, "legalName");
        profile.registrationNumber = RecordTexts.digits(registrationNumber, "registrationNumber", "registrationNumber", 7, 10);
        if (profile.registrationNumber == null) {
            throw new MembershipRuleViolation("registrationNumber", "required");
        }
        profile.taxNumber = RecordTexts.digits(taxNumber, "taxNumber", "taxNumber", 8);
        profile.street = RecordTexts.optional(street, 200, "street");
        profile.postcode = RecordTexts.digits(postcode, "postcode", "postcode", 4);
        profile.postTown = RecordTexts.optional(postTown, 100, "postTown");
        if (foundedYear != null && (foundedYear < FOUNDED_MIN || foundedYear > today.getYear())) {
            throw new MembershipRuleViolation("foundedYear", "foundedYear", FOUNDED_MIN, today.getYear());
        }
        profile.foundedYear = foundedYear;
        profile.memberSince = memberSince;
        profile.usesLogbook = usesLogbook;
        if (runsHostel && (hostelBeds == null || hostelBeds <= 0)) {
            throw new MembershipRuleViolation("hostelBeds", "hostelBeds");
        }
        profile.runsHostel = runsHostel;
        profile.hostelBeds = runsHostel ? hostelBeds : null;
        return profile;
    }

    /** The same profile with a member-since date, when it has none yet. */
    CentreProfile withMemberSinceIfNone(LocalDate since) {
        if (memberSince != null) {
            return this;
        }
        CentreProfile copy = copy();
        copy.memberSince = since;
        return copy;
    }

    private CentreProfile copy() {
        CentreProfile copy = new CentreProfile();
        copy.legalName = legalName;
        copy.registrationNumber = registrationNumber;
        copy.taxNumber = taxNumber;
        copy.street = street;
        copy.postcode = postcode;
        copy.postTown = postTown;
        copy.foundedYear = foundedYear;
        copy.memberSince = memberSince;
        copy.usesLogbook = usesLogbook;
        copy.runsHostel = runsHostel;
        copy.hostelBeds = hostelBeds;
        return copy;
    }

    /** "Trg 1, 8250 Brežice", or {@code null} when no part is known. */
    public String getAddress() {
        String town = join(" ", postcode, postTown);
        return join(", ", street, town);
    }

    private static String join(String separator, String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + separator + second;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getPostTown() {
        return postTown;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public boolean isUsesLogbook() {
        return usesLogbook;
    }

    public boolean isRunsHostel() {
        return runsHostel;
    }

    public Integer getHostelBeds() {
        return hostelBeds;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CentreProfile that && usesLogbook == that.usesLogbook
                && runsHostel == that.runsHostel && Objects.equals(legalName, that.legalName)
                && Objects.equals(registrationNumber, that.registrationNumber) && Objects.equals(taxNumber, that.taxNumber)
                && Objects.equals(getAddress(), that.getAddress()) && Objects.equals(foundedYear, that.foundedYear)
                && Objects.equals(memberSince, that.memberSince) && Objects.equals(hostelBeds, that.hostelBeds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(legalName, registrationNumber);
    }
}

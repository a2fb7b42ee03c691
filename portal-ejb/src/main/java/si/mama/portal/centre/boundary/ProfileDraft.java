package si.mama.portal.centre.boundary;

import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreProfile;
import si.mama.portal.centre.entity.Region;

import java.time.LocalDate;

/** The office's profile form as entered: the centre's name and place, then its legal profile (checked on apply). */
public record ProfileDraft(String name, String municipality, Region region, String legalName,
                           String registrationNumber, String taxNumber, String street, String postcode,
                           String postTown, Integer foundedYear, LocalDate memberSince, boolean usesLogbook,
                           boolean runsHostel, Integer hostelBeds) {

    /** The draft as the centre's profile; refuses (naming the field) what breaks a rule. */
    void applyTo(Centre centre, LocalDate today) {
        CentreProfile profile = CentreProfile.of(legalName, registrationNumber, taxNumber, street, postcode, postTown,
                foundedYear, memberSince, usesLogbook, runsHostel, hostelBeds, today);
        centre.changeIdentity(name, municipality, region);
        centre.changeProfile(profile);
    }

    /** The form filled with what the centre's record says now. */
    public static ProfileDraft of(Centre centre) {
        CentreProfile p = centre.getProfile();
        return new ProfileDraft(centre.getName(), centre.getMunicipality(), centre.getRegion(), p.getLegalName(),
                p.getRegistrationNumber(), p.getTaxNumber(), p.getStreet(), p.getPostcode(), p.getPostTown(),
                p.getFoundedYear(), p.getMemberSince(), p.isUsesLogbook(), p.isRunsHostel(), p.getHostelBeds());
    }
}

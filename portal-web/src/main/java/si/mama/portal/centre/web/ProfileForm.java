package si.mama.portal.centre.web;

import si.mama.portal.centre.boundary.ProfileDraft;
import si.mama.portal.centre.entity.Region;

import java.io.Serializable;
import java.time.LocalDate;

/** The office admin's profile dialog: the fields of a {@link ProfileDraft}, editable one by one. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String municipality;
    private Region region;
    private String legalName;
    private String registrationNumber;
    private String taxNumber;
    private String street;
    private String postcode;
    private String postTown;
    private Integer foundedYear;
    private LocalDate memberSince;
    private boolean usesLogbook;
    private boolean runsHostel;
    private Integer hostelBeds;

    static ProfileForm of(ProfileDraft draft) {
        ProfileForm form = new ProfileForm();
        form.name = draft.name();
        form.municipality = draft.municipality();
        form.region = draft.region();
        form.legalName = draft.legalName();
        form.registrationNumber = draft.registrationNumber();
        form.taxNumber = draft.taxNumber();
        form.street = draft.street();
        form.postcode = draft.postcode();
        form.postTown = draft.postTown();
        form.foundedYear = draft.foundedYear();
        form.memberSince = draft.memberSince();
        form.usesLogbook = draft.usesLogbook();
        form.runsHostel = draft.runsHostel();
        form.hostelBeds = draft.hostelBeds();
        return form;
    }

    ProfileDraft draft() {
        return new ProfileDraft(name, municipality, region, legalName, registrationNumber, taxNumber, street, postcode,
                postTown, foundedYear, memberSince, usesLogbook, runsHostel, hostelBeds);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPostTown() {
        return postTown;
    }

    public void setPostTown(String postTown) {
        this.postTown = postTown;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }

    public boolean isUsesLogbook() {
        return usesLogbook;
    }

    public void setUsesLogbook(boolean usesLogbook) {
        this.usesLogbook = usesLogbook;
    }

    public boolean isRunsHostel() {
        return runsHostel;
    }

    public void setRunsHostel(boolean runsHostel) {
        this.runsHostel = runsHostel;
    }

    public Integer getHostelBeds() {
        return hostelBeds;
    }

    public void setHostelBeds(Integer hostelBeds) {
        this.hostelBeds = hostelBeds;
    }
}

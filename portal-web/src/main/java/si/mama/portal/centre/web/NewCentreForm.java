package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.MembershipRecords;
import si.mama.portal.centre.boundary.NewCentre;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;

/** The office admin's "Nova članica" dialog on {@code /office/centres}: admits a centre and opens its page. */
@Named
@ViewScoped
public class NewCentreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipRecords records;

    @Inject
    Texts texts;

    private String alias;
    private String name;
    private String municipality;
    private Region region;
    private MembershipStatus status = MembershipStatus.MEMBER;
    private LocalDate from;

    public void start() {
        alias = null;
        name = null;
        municipality = null;
        region = null;
        status = MembershipStatus.MEMBER;
        from = PortalClock.today();
    }

    public String admit() {
        try {
            Centre centre = records.admit(new NewCentre(alias, name, municipality, region, status, from));
            texts.infoAfterRedirect("membership.admitted", centre.getName());
            return "/office/centre?faces-redirect=true&id=" + centre.getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "newCentreForm");
            return null;
        }
    }

    public MembershipStatus[] getStatuses() {
        return new MembershipStatus[]{MembershipStatus.CANDIDATE, MembershipStatus.MEMBER};
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
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

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}

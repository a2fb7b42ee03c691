package si.mama.portal.centre.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.CentreDirectory;
import si.mama.portal.centre.boundary.CentreFilter;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.web.PageModel;

import java.io.Serializable;

/** The office's list of all centres ({@code /office/centres?region=...&q=...}). */
@Named
@ViewScoped
public class CentreList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreDirectory directory;

    private String text;
    private Region region;
    private MembershipStatus status;
    private PageModel<Centre> centres;

    @PostConstruct
    void init() {
        centres = new PageModel<>((sorting, first, max) ->
                directory.search(new CentreFilter(text, region, status), sorting, first, max), Centre::getId);
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public PageModel<Centre> getCentres() {
        return centres;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
}

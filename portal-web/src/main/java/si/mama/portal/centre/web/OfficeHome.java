package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.CentreDirectory;
import si.mama.portal.centre.entity.Region;

import java.io.Serializable;
import java.util.Map;

/** The office home ({@code /office}): the network at a glance. */
@Named
@ViewScoped
public class OfficeHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreDirectory directory;

    private Map<Region, Long> membersByRegion;

    /** Loads on the page's view action, so a refusal shows the 403/404 page rather than a broken one. */
    public void load() {
        membersByRegion = directory.membersByRegion();
    }

    public Map<Region, Long> getMembersByRegion() {
        return membersByRegion;
    }

    public long getMemberCount() {
        return membersByRegion.values().stream().mapToLong(Long::longValue).sum();
    }
}

package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.CentreDirectory;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.people.entity.StaffListing;
import si.mama.portal.platform.error.NotFoundException;

import java.io.Serializable;
import java.util.List;

/** One centre as the office sees it ({@code /office/centre?id=...}): profile and staff. */
@Named
@ViewScoped
public class CentreDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreDirectory directory;

    private Long id;
    private Centre centre;
    private List<StaffListing> staff;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Centre", "(no id)");
        }
        centre = directory.find(id);
        staff = directory.staffOf(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Centre getCentre() {
        return centre;
    }

    public List<StaffListing> getStaff() {
        return staff;
    }
}

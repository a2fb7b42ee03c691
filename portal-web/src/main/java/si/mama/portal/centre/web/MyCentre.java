package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.Centres;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.StaffRequests;
import si.mama.portal.platform.i18n.Texts;

import java.io.Serializable;

/** The centre home's profile panel ({@code /centre}). */
@Named
@ViewScoped
public class MyCentre implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Centres centres;

    @Inject
    Texts texts;

    private Centre centre;
    private StaffRequests staffRequests;

    /** Loads on the page's view action, so a refusal shows the 403/404 page rather than a broken one. */
    public void load() {
        centre = centres.mine();
        staffRequests = centre.getStaffRequests();
    }

    /** The centre admin's choice of how staff may register themselves for trainings. */
    public void saveStaffRequests() {
        centre = centres.changeStaffRequests(staffRequests);
        texts.info("centre.staffRequestsSaved");
    }

    public StaffRequests[] getStaffRequestsChoices() {
        return StaffRequests.values();
    }

    public StaffRequests getStaffRequests() {
        return staffRequests;
    }

    public void setStaffRequests(StaffRequests staffRequests) {
        this.staffRequests = staffRequests;
    }

    public Centre getCentre() {
        return centre;
    }
}

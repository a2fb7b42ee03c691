package si.mama.portal.practice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.practice.boundary.PracticeCatalogue;
import si.mama.portal.practice.entity.PracticeListing;

import java.io.Serializable;

/**
 * One good practice with its photos and documents: {@code /practices/view?id=} for members (and a centre's own
 * practice in any status), {@code /public/practices/view?id=} for everyone (the public ones).
 */
@Named
@ViewScoped
public class PracticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeCatalogue catalogue;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private boolean publicPage;
    private PracticeListing practice;

    public void load() {
        publicPage = FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/public/");
        if (id == null) {
            throw new NotFoundException("Practice", null);
        }
        practice = catalogue.find(id);
    }

    /** The address of one of its files, under the page's own path so a visitor never needs to sign in for it. */
    public String fileUrl(long fileId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + (publicPage ? "/public/practices/file" : "/practices/file") + "?practice=" + id + "&file=" + fileId;
    }

    /** The centre's own practice: it sees its status and the office's note; its admin may edit it while allowed. */
    public boolean isOwn() {
        return !publicPage && currentUser.isCentreUser() && practice.getCentre().getId() == currentUser.centreId();
    }

    public boolean isEditable() {
        return isOwn() && currentUser.isCentreAdmin() && practice.getStatus().isEditableByCentre();
    }

    public String getBackOutcome() {
        return publicPage ? "/public/practices/index" : "/practices/index";
    }

    public boolean isPublicPage() {
        return publicPage;
    }

    public PracticeListing getPractice() {
        return practice;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

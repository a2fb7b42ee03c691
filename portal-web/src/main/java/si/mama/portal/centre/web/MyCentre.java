package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.Centres;
import si.mama.portal.centre.entity.Centre;

import java.io.Serializable;

/** The centre home's profile panel ({@code /centre}). */
@Named
@ViewScoped
public class MyCentre implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Centres centres;

    private Centre centre;

    /** Loads on the page's view action, so a refusal shows the 403/404 page rather than a broken one. */
    public void load() {
        centre = centres.mine();
    }

    public Centre getCentre() {
        return centre;
    }
}

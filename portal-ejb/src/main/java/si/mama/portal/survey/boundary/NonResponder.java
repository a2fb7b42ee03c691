package si.mama.portal.survey.boundary;

import si.mama.portal.centre.entity.Region;

import java.io.Serializable;

/** A centre asked that has not submitted: not started, or still filling in. */
public record NonResponder(long centreId, String name, Region region, String email, boolean started) implements Serializable {

    public long getCentreId() {
        return centreId;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public String getEmail() {
        return email;
    }

    public boolean isStarted() {
        return started;
    }
}

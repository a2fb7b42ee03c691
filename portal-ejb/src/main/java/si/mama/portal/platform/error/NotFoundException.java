package si.mama.portal.platform.error;

/**
 * The record does not exist for this caller: either it never existed or it belongs to another centre.
 * The two cases are deliberately indistinguishable. Shown as the 404 page.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

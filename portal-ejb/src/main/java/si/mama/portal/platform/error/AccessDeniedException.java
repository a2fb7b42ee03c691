package si.mama.portal.platform.error;

/** The caller's roles do not allow the action. Shown as the 403 page. */
@jakarta.ejb.ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

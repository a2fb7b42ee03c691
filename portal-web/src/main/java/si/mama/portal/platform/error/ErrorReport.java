package si.mama.portal.platform.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.security.SecureRandom;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages: gives the user a short reference id and writes the same id with the full error
 * to the server log, so support can find it. The user never sees the stack trace.
 */
@Named
@RequestScoped
public class ErrorReport {

    private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private String reference;

    public String getReference() {
        if (reference == null) {
            reference = newReference();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Map<String, Object> request = external.getRequestMap();
            Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
            LOG.log(Level.SEVERE, "Error reference " + reference + " at " + uri, error);
        }
        return reference;
    }

    private static String newReference() {
        StringBuilder id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}

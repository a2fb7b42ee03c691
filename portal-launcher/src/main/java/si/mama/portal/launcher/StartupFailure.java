package si.mama.portal.launcher;

/** A part of the stack could not start; the message is one line that says what and how to fix it. */
public class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package si.mama.portal.platform.error;

import java.util.List;

/**
 * A business rule said no. Carries a bundle key (and arguments) that the page shows to the user,
 * optionally next to one field. Rolls the transaction back: nothing is half saved.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class PortalException extends Exception {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    public PortalException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** The user's message for a rule an entity enforced. */
    public static PortalException of(si.mama.portal.platform.entity.RuleViolation violation) {
        return new PortalException(violation.messageKey(), null, violation.arguments());
    }

    /** Runs a change and turns an entity's rule violation into the user's message. */
    public static <T> T guard(java.util.function.Supplier<T> change) throws PortalException {
        try {
            return change.get();
        } catch (si.mama.portal.platform.entity.RuleViolation violation) {
            throw of(violation);
        }
    }

    /** Runs a change that returns nothing and turns an entity's rule violation into the user's message. */
    public static void guard(Runnable change) throws PortalException {
        guard(() -> {
            change.run();
            return null;
        });
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The form field the message belongs to, or {@code null} for a message about the whole form. */
    public String field() {
        return field;
    }
}

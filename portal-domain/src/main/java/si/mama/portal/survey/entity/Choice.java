package si.mama.portal.survey.entity;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * One choice of a question (or one statement of a matrix): a short code that answers store and years compare on,
 * and the label people read. The code is derived from the label when none is given.
 */
public record Choice(String code, String label) implements Serializable {

    public static final int CODE_MAX = 40;
    public static final int LABEL_MAX = 300;
    /** The code of the "other" choice, whose text is kept with the answer. */
    public static final String OTHER = "other";

    public Choice {
        Objects.requireNonNull(label, "label");
        label = label.strip().replace('\n', ' ').replace('|', '/');
        if (label.isEmpty() || label.length() > LABEL_MAX) {
            throw new IllegalArgumentException("A choice needs a label of at most " + LABEL_MAX + " characters");
        }
        code = code == null || code.isBlank() ? codeOf(label) : code.strip();
        if (!code.matches("[a-z0-9][a-z0-9_-]{0," + (CODE_MAX - 1) + "}") || OTHER.equals(code)) {
            throw new IllegalArgumentException("Not a choice code: " + code);
        }
    }

    /** A code from a label: lower-case ASCII letters and digits joined by hyphens, e.g. "dusevno-zdravje". */
    public static String codeOf(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (ascii.isEmpty()) {
            ascii = "c" + Integer.toHexString(label.hashCode() & 0xfffffff);
        }
        if (!Character.isLetterOrDigit(ascii.charAt(0))) {
            ascii = "c" + ascii;
        }
        if (OTHER.equals(ascii)) {
            ascii = "other-choice";
        }
        return ascii.length() > CODE_MAX ? ascii.substring(0, CODE_MAX).replaceAll("-+$", "") : ascii;
    }
}

package si.mama.portal.survey.web;

import si.mama.portal.platform.error.PortalException;
import si.mama.portal.survey.entity.Choice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Choices as the builder types them: one per line, either "label" (the code follows from the label) or
 * "code|label" (a code kept from earlier years). Keyboard-friendly and easy to paste from a document.
 */
final class ChoiceLines {

    static final String SEPARATOR = "|";
    private static final String CODE_PATTERN = "[a-z0-9][a-z0-9_-]{0," + (Choice.CODE_MAX - 1) + "}";

    private ChoiceLines() {
    }

    /** The choices of the lines; a line that cannot be a choice is refused with its number, next to the field. */
    static List<Choice> parse(String text, String field) throws PortalException {
        List<Choice> choices = new ArrayList<>();
        if (text == null) {
            return choices;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int separator = line.indexOf(SEPARATOR);
            String code = separator < 0 ? null : line.substring(0, separator).strip();
            String label = separator < 0 ? line : line.substring(separator + 1).strip();
            if (label.isEmpty() || label.length() > Choice.LABEL_MAX) {
                throw new PortalException("surveyBuilder.error.choiceLabel", field, i + 1, Choice.LABEL_MAX);
            }
            if (code != null && !code.isEmpty() && (!code.matches(CODE_PATTERN) || Choice.OTHER.equals(code))) {
                throw new PortalException("surveyBuilder.error.choiceCode", field, i + 1, code);
            }
            choices.add(new Choice(code, label));
        }
        return choices;
    }

    /** The lines for the text area: a code is shown only where it does not follow from its label. */
    static String format(List<Choice> choices) {
        return choices.stream()
                .map(choice -> choice.code().equals(Choice.codeOf(choice.label())) ? choice.label()
                        : choice.code() + SEPARATOR + choice.label())
                .collect(Collectors.joining("\n"));
    }
}

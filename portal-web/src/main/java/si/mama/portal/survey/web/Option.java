package si.mama.portal.survey.web;

import java.io.Serializable;

/** A value a condition may compare with, and what the builder reads for it. */
public record Option(String value, String label) implements Serializable {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}

package si.mama.portal.survey.web;

import si.mama.portal.platform.error.PortalException;
import si.mama.portal.survey.entity.SurveyRuleViolation;
import si.mama.portal.survey.entity.SurveySection;
import si.mama.portal.survey.entity.SurveySectionDetails;

import java.io.Serializable;

/** The section dialog: a title, an optional description, and when the section is shown. */
public class SurveySectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String title;
    private String description;
    private ConditionForm condition = new ConditionForm();

    static SurveySectionForm newOne() {
        return new SurveySectionForm();
    }

    static SurveySectionForm of(SurveySection section, boolean conditionWithOptions) {
        SurveySectionForm form = new SurveySectionForm();
        form.id = section.getId();
        form.title = section.getTitle();
        form.description = section.getDescription();
        form.condition = ConditionForm.of(section.getConditionOrNull(), conditionWithOptions);
        return form;
    }

    SurveySectionDetails toDetails(boolean conditionWithOptions) throws PortalException {
        try {
            return new SurveySectionDetails(title, description, condition.toCondition(conditionWithOptions));
        } catch (SurveyRuleViolation violation) {
            throw SurveyFields.refusal(violation);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ConditionForm getCondition() {
        return condition;
    }
}

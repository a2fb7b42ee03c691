package si.mama.portal.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.entity.Condition;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;

import java.io.Serializable;

/**
 * The office's preview of a questionnaire ({@code /office/survey-preview?id=}): every section and question as a
 * centre sees it, inert, with a note on each conditional one saying when it shows.
 */
@Named
@ViewScoped
public class QuestionnairePreview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Texts texts;

    private Long id;
    private Questionnaire questionnaire;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Questionnaire", "(no id)");
        }
        questionnaire = questionnaires.find(id);
    }

    public QuestionnairePhase getPhase() {
        return questionnaire.phase(PortalClock.today());
    }

    public String conditionText(Condition condition) {
        return ConditionTexts.describe(questionnaire, condition, texts);
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

package si.mama.portal.survey.web;

import si.mama.portal.survey.entity.SurveySection;

import java.io.Serializable;
import java.util.List;

/** A section of the answer page: its title, description and questions, taken once per view. */
public final class SectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String description;
    private final List<QuestionView> questions;

    SectionView(SurveySection section) {
        this.id = section.getId();
        this.title = section.getTitle();
        this.description = section.getDescription();
        this.questions = section.getQuestions().stream().map(QuestionView::new).toList();
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }
}

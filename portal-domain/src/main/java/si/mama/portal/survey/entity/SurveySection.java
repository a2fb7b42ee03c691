package si.mama.portal.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A section of a questionnaire: a title, an optional description and condition, and its questions in order. */
@Entity
@Table(name = "survey_section")
public class SurveySection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
    private Questionnaire questionnaire;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = SurveySectionDetails.TITLE_MAX)
    private String title;

    @Column(length = SurveySectionDetails.DESCRIPTION_MAX)
    private String description;

    @Embedded
    private Condition condition;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveySection() {
        // for JPA
    }

    SurveySection(Questionnaire questionnaire, int position, SurveySectionDetails details) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.position = position;
        apply(details);
    }

    void apply(SurveySectionDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.condition = details.condition();
    }

    public SurveySectionDetails details() {
        return new SurveySectionDetails(title, description, getCondition().orElse(null));
    }

    void add(SurveyQuestion question) {
        questions.add(question);
    }

    void remove(SurveyQuestion question) {
        questions.remove(question);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Optional<Condition> getCondition() {
        return condition == null || !condition.isSet() ? Optional.empty() : Optional.of(condition);
    }

    public Condition getConditionOrNull() {
        return getCondition().orElse(null);
    }

    /** The questions in order. */
    public List<SurveyQuestion> getQuestions() {
        return questions.stream().sorted(Comparator.comparingInt(SurveyQuestion::getPosition)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SurveySection section && id != null && id.equals(section.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "SurveySection[" + id + " " + title + "]";
    }
}

package si.mama.portal.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer of a response, saved as it is typed, with who changed it last and when (several staff of a centre
 * fill one response). Centre-owned, like its response.
 */
@Entity
@Table(name = "survey_answer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = "SurveyAnswer.ofResponse", query = "select a from SurveyAnswer a where a.response = :response")
@NamedQuery(name = "SurveyAnswer.ofResponseAndQuestion", query = "select a from SurveyAnswer a"
        + " where a.response = :response and a.question = :question")
public class SurveyAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    private SurveyResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private SurveyQuestion question;

    @Column(name = "value_text")
    private String valueText;

    @Column(name = "other_text", length = 500)
    private String otherText;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false, length = 200)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected SurveyAnswer() {
        // for JPA
    }

    public SurveyAnswer(SurveyResponse response, SurveyQuestion question) {
        this.response = Objects.requireNonNull(response, "response");
        this.question = Objects.requireNonNull(question, "question");
    }

    /** Sets the answer (already accepted by its question) and who gave it. */
    public void change(AnswerValue value, String by, String byName, Instant now) {
        this.valueText = value.toColumn(question.getType());
        this.otherText = value.other();
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedByName = byName == null || byName.isBlank() ? by : byName;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public AnswerValue value() {
        return AnswerValue.fromColumns(question.getType(), valueText, otherText);
    }

    public Long getId() {
        return id;
    }

    public SurveyResponse getResponse() {
        return response;
    }

    public SurveyQuestion getQuestion() {
        return question;
    }

    public String getValueText() {
        return valueText;
    }

    public String getOtherText() {
        return otherText;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SurveyAnswer answer && id != null && id.equals(answer.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

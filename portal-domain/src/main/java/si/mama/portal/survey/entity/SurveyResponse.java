package si.mama.portal.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.entity.Tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A centre's response to a questionnaire (shared by its staff), or one person's. Centre-owned: a centre sees and
 * changes only its own. Submitting closes it for editing; the centre may reopen it until the questionnaire closes.
 */
@Entity
@Table(name = "survey_response")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = "SurveyResponse.ofCentre", query = "select r from SurveyResponse r"
        + " where r.questionnaire = :questionnaire and r.person is null")
@NamedQuery(name = "SurveyResponse.ofPerson", query = "select r from SurveyResponse r"
        + " where r.questionnaire = :questionnaire and r.person = :person")
@NamedQuery(name = "SurveyResponse.all", query = "select r from SurveyResponse r where r.questionnaire.status ="
        + " si.mama.portal.survey.entity.QuestionnaireStatus.SENT")
public class SurveyResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
    private Questionnaire questionnaire;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResponseStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Version
    private long version;

    protected SurveyResponse() {
        // for JPA
    }

    /** The centre's shared response ({@code person} null) or one person's. */
    public SurveyResponse(Questionnaire questionnaire, Person person) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        if ((questionnaire.getRespondent() == Respondent.PERSON) != (person != null)) {
            throw new IllegalArgumentException("A " + questionnaire.getRespondent() + " response with person " + person);
        }
        this.person = person;
        this.status = ResponseStatus.IN_PROGRESS;
        this.startedAt = Instant.now();
    }

    public void requireEditable() {
        if (status == ResponseStatus.SUBMITTED) {
            throw new SurveyRuleViolation("submitted");
        }
    }

    public void submit(String by, Instant now) {
        requireEditable();
        status = ResponseStatus.SUBMITTED;
        submittedAt = Objects.requireNonNull(now, "now");
        submittedBy = Objects.requireNonNull(by, "by");
    }

    /** Back to editing (until the questionnaire closes); it must be submitted again to count. */
    public void reopen() {
        if (status != ResponseStatus.SUBMITTED) {
            throw new SurveyRuleViolation("notSubmitted");
        }
        status = ResponseStatus.IN_PROGRESS;
        submittedAt = null;
        submittedBy = null;
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public Person getPerson() {
        return person;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SurveyResponse response && id != null && id.equals(response.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "SurveyResponse[" + id + " " + status + "]";
    }
}

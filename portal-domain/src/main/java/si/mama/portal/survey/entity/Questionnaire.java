package si.mama.portal.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.entity.Positions;
import si.mama.portal.platform.entity.Timestamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A questionnaire: what the office asks, of whom (every member centre, some regions, chosen centres; one response
 * per centre or per person), between which dates, and its sections and questions in order. The aggregate keeps
 * its rules: a condition looks only at an earlier question; codes are unique; once answers exist, nothing that
 * would break them may change (a question's type, code or choices, the respondent, the anonymity, removals).
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "questionnaire_year", nullable = false)
    private int year;

    @Column(nullable = false, length = QuestionnaireDetails.TITLE_MAX)
    private String title;

    @Column(length = QuestionnaireDetails.INTRODUCTION_MAX)
    private String introduction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionnaireKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Respondent respondent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Convert(converter = RegionsConverter.class)
    @Column(name = "audience_regions", length = 400)
    private Set<Region> regions = EnumSet.noneOf(Region.class);

    @ElementCollection
    @CollectionTable(name = "questionnaire_centre", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @Column(name = "centre_id")
    private Set<Long> centreIds = new HashSet<>();

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionnaireStatus status;

    @Column(nullable = false)
    private boolean answered;

    @Column(name = "answers_published", nullable = false)
    private boolean answersPublished;

    @Column(name = "copied_from_id", updatable = false)
    private Long copiedFromId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveySection> sections = new ArrayList<>();

    protected Questionnaire() {
        // for JPA
    }

    public Questionnaire(QuestionnaireDetails details) {
        this.status = QuestionnaireStatus.DRAFT;
        apply(details);
    }

    /** Changes what, for whom and when; once answered, not who answers or whether anonymously. */
    public void update(QuestionnaireDetails details) {
        if (answered && (details.respondent() != respondent || details.anonymous() != anonymous)) {
            throw new SurveyRuleViolation("answeredSettings");
        }
        if (status == QuestionnaireStatus.SENT && details.closesOn().isBefore(details.opensOn())) {
            throw new SurveyRuleViolation("closesBeforeOpening");
        }
        apply(details);
    }

    private void apply(QuestionnaireDetails details) {
        this.year = details.year();
        this.title = details.title();
        this.introduction = details.introduction();
        this.kind = details.kind();
        this.respondent = details.respondent();
        this.audience = details.audience();
        this.regions = details.regions().isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(details.regions());
        this.centreIds = new HashSet<>(details.centreIds());
        this.opensOn = details.opensOn();
        this.closesOn = details.closesOn();
        this.anonymous = details.anonymous();
    }

    public QuestionnaireDetails details() {
        return new QuestionnaireDetails(year, title, introduction, kind, respondent, audience, Set.copyOf(regions),
                Set.copyOf(centreIds), opensOn, closesOn, anonymous);
    }

    /** Sends it to its audience: it opens on its opening date. It needs a question and a closing date ahead. */
    public void send(LocalDate today) {
        if (status != QuestionnaireStatus.DRAFT) {
            throw new SurveyRuleViolation("notDraft");
        }
        if (getQuestions().isEmpty()) {
            throw new SurveyRuleViolation("noQuestions");
        }
        if (closesOn.isBefore(today)) {
            throw new SurveyRuleViolation("closedAlready", closesOn);
        }
        status = QuestionnaireStatus.SENT;
        sentAt = Instant.now();
    }

    /** The first response was started: from now on, changes must keep answers meaningful. */
    public void markAnswered() {
        answered = true;
    }

    /** Lets centres see every centre's individual answers after closing (never for an anonymous questionnaire). */
    public void publishAnswers(boolean published) {
        if (published && anonymous) {
            throw new SurveyRuleViolation("anonymousAnswers");
        }
        answersPublished = published;
    }

    public QuestionnairePhase phase(LocalDate today) {
        if (status == QuestionnaireStatus.DRAFT) {
            return QuestionnairePhase.DRAFT;
        }
        if (today.isBefore(opensOn)) {
            return QuestionnairePhase.SCHEDULED;
        }
        return today.isAfter(closesOn) ? QuestionnairePhase.CLOSED : QuestionnairePhase.OPEN;
    }

    public boolean isOpen(LocalDate today) {
        return phase(today) == QuestionnairePhase.OPEN;
    }

    /** Refuses unless centres may answer today. */
    public void requireOpen(LocalDate today) {
        QuestionnairePhase phase = phase(today);
        if (phase == QuestionnairePhase.CLOSED) {
            throw new SurveyRuleViolation("closed", closesOn);
        }
        if (phase != QuestionnairePhase.OPEN) {
            throw new SurveyRuleViolation("notOpen", opensOn);
        }
    }

    /** Whether a centre is asked: a member centre of the audience. */
    public boolean asks(long centreId, Region region, boolean member) {
        return member && switch (audience) {
            case ALL_MEMBERS -> true;
            case REGIONS -> regions.contains(region);
            case CENTRES -> centreIds.contains(centreId);
        };
    }

    // ------------------------------------------------------------------ sections

    public SurveySection addSection(SurveySectionDetails details) {
        SurveySection section = new SurveySection(this, Positions.next(sections, SurveySection::getPosition), details);
        sections.add(section);
        undoUnlessConditionsLookBack(() -> sections.remove(section));
        return section;
    }

    public void updateSection(SurveySection section, SurveySectionDetails details) {
        requireOwn(section);
        SurveySectionDetails before = section.details();
        section.apply(details);
        undoUnlessConditionsLookBack(() -> section.apply(before));
    }

    public void removeSection(SurveySection section) {
        requireOwn(section);
        if (answered && !section.getQuestions().isEmpty()) {
            throw new SurveyRuleViolation("answeredRemove");
        }
        for (SurveyQuestion question : section.getQuestions()) {
            if (isReferencedOutside(question.getCode(), section)) {
                throw new SurveyRuleViolation("conditionDependsOn", question.getText());
            }
        }
        sections.remove(section);
        renumber();
    }

    public boolean moveSection(SurveySection section, int direction) {
        requireOwn(section);
        boolean moved = Positions.move(sections, section, direction, SurveySection::getPosition, SurveySection::moveTo);
        undoUnlessConditionsLookBack(() -> Positions.move(sections, section, -direction, SurveySection::getPosition,
                SurveySection::moveTo));
        return moved;
    }

    // ------------------------------------------------------------------ questions

    /** Adds a question at the end of a section; without a code it gets the next free one ("q7"). */
    public SurveyQuestion addQuestion(SurveySection section, QuestionDetails details) {
        requireOwn(section);
        QuestionDetails coded = details.code() == null ? details.withCode(freeCode()) : details;
        requireUniqueCode(coded.code(), null);
        SurveyQuestion question = new SurveyQuestion(this, section,
                Positions.next(section.getQuestions(), SurveyQuestion::getPosition), coded);
        section.add(question);
        undoUnlessConditionsLookBack(() -> section.remove(question));
        return question;
    }

    public void updateQuestion(SurveyQuestion question, QuestionDetails details) {
        requireOwn(question.getSection());
        QuestionDetails coded = details.code() == null ? details.withCode(question.getCode()) : details;
        requireUniqueCode(coded.code(), question);
        if (answered) {
            question.requireCompatible(coded);
        }
        String oldCode = question.getCode();
        if (!oldCode.equals(coded.code()) && isReferenced(oldCode)) {
            throw new SurveyRuleViolation("conditionDependsOn", question.getText());
        }
        QuestionDetails before = question.details();
        question.apply(coded);
        undoUnlessConditionsLookBack(() -> question.apply(before));
    }

    public void removeQuestion(SurveyQuestion question) {
        requireOwn(question.getSection());
        if (answered) {
            throw new SurveyRuleViolation("answeredRemove");
        }
        if (isReferenced(question.getCode())) {
            throw new SurveyRuleViolation("conditionDependsOn", question.getText());
        }
        SurveySection section = question.getSection();
        section.remove(question);
        List<SurveyQuestion> rest = section.getQuestions();
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i + 1);
        }
    }

    public boolean moveQuestion(SurveyQuestion question, int direction) {
        requireOwn(question.getSection());
        boolean moved = Positions.move(question.getSection().getQuestions(), question, direction,
                SurveyQuestion::getPosition, SurveyQuestion::moveTo);
        undoUnlessConditionsLookBack(() -> Positions.move(question.getSection().getQuestions(), question, -direction,
                SurveyQuestion::getPosition, SurveyQuestion::moveTo));
        return moved;
    }

    // ------------------------------------------------------------------ answering

    /**
     * The questions a respondent sees with these answers (by question code), in order: a section or question
     * whose condition is not met is hidden, and a hidden question's answer counts as not given.
     */
    public List<SurveyQuestion> visibleQuestions(Map<String, AnswerValue> answers) {
        Map<String, AnswerValue> visibleAnswers = new HashMap<>();
        List<SurveyQuestion> visible = new ArrayList<>();
        for (SurveySection section : getSections()) {
            if (!section.getCondition().map(c -> c.isMet(visibleAnswers)).orElse(true)) {
                continue;
            }
            for (SurveyQuestion question : section.getQuestions()) {
                if (question.getCondition().map(c -> c.isMet(visibleAnswers)).orElse(true)) {
                    visible.add(question);
                    AnswerValue answer = answers.get(question.getCode());
                    if (answer != null) {
                        visibleAnswers.put(question.getCode(), answer);
                    }
                }
            }
        }
        return visible;
    }

    /** The visible required questions without an answer: what stands between a response and its submission. */
    public List<SurveyQuestion> missingRequired(Map<String, AnswerValue> answers) {
        return visibleQuestions(answers).stream()
                .filter(SurveyQuestion::isRequired)
                .filter(question -> answers.get(question.getCode()) == null || answers.get(question.getCode()).isEmpty())
                .toList();
    }

    // ------------------------------------------------------------------ copying

    /**
     * A new draft for {@code newYear} with the same sections and questions (the same codes, so the two years
     * compare), its dates moved by the years between.
     */
    public Questionnaire copyFor(int newYear) {
        int years = newYear - year;
        QuestionnaireDetails details = details();
        Questionnaire copy = new Questionnaire(new QuestionnaireDetails(newYear, title, introduction, kind, respondent,
                audience, details.regions(), details.centreIds(), opensOn.plusYears(years), closesOn.plusYears(years),
                anonymous));
        copy.copiedFromId = id;
        for (SurveySection section : getSections()) {
            SurveySection copied = new SurveySection(copy, section.getPosition(), section.details());
            copy.sections.add(copied);
            for (SurveyQuestion question : section.getQuestions()) {
                copied.add(new SurveyQuestion(copy, copied, question.getPosition(), question.details()));
            }
        }
        return copy;
    }

    // ------------------------------------------------------------------ rules

    private void requireOwn(SurveySection section) {
        if (section == null || section.getQuestionnaire() != this) {
            throw new IllegalArgumentException("Section " + section + " is not part of questionnaire " + id);
        }
    }

    private void requireUniqueCode(String code, SurveyQuestion except) {
        if (getQuestions().stream().anyMatch(q -> q != except && q.getCode().equals(code))) {
            throw new SurveyRuleViolation("duplicateCode", code);
        }
    }

    private String freeCode() {
        Set<String> taken = new HashSet<>(getQuestions().stream().map(SurveyQuestion::getCode).toList());
        int n = taken.size() + 1;
        while (taken.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    private boolean isReferenced(String code) {
        return sections.stream().anyMatch(s -> s.getCondition().map(c -> c.getQuestionCode().equals(code)).orElse(false)
                || s.getQuestions().stream().anyMatch(q -> q.getCondition()
                .map(c -> c.getQuestionCode().equals(code)).orElse(false)));
    }

    /** Checks the conditions after a change; a change that broke one is undone before the refusal. */
    private void undoUnlessConditionsLookBack(Runnable undo) {
        try {
            requireConditionsLookBack();
        } catch (SurveyRuleViolation violation) {
            undo.run();
            throw violation;
        }
    }

    private boolean isReferencedOutside(String code, SurveySection section) {
        return sections.stream().filter(s -> s != section).anyMatch(s -> s.getCondition()
                .map(c -> c.getQuestionCode().equals(code)).orElse(false) || s.getQuestions().stream()
                .anyMatch(q -> q.getCondition().map(c -> c.getQuestionCode().equals(code)).orElse(false)))
                || section.getCondition().map(c -> c.getQuestionCode().equals(code)).orElse(false);
    }

    /** Every condition looks at a question that comes before it, with values that question can have. */
    private void requireConditionsLookBack() {
        Map<String, SurveyQuestion> earlier = new HashMap<>();
        for (SurveySection section : getSections()) {
            section.getCondition().ifPresent(condition -> requireLooksBack(condition, earlier));
            for (SurveyQuestion question : section.getQuestions()) {
                question.getCondition().ifPresent(condition -> requireLooksBack(condition, earlier));
                earlier.put(question.getCode(), question);
            }
        }
    }

    private static void requireLooksBack(Condition condition, Map<String, SurveyQuestion> earlier) {
        SurveyQuestion target = earlier.get(condition.getQuestionCode());
        if (target == null) {
            throw new SurveyRuleViolation("conditionNotEarlier", condition.getQuestionCode());
        }
        for (String value : condition.getValues()) {
            try {
                target.accept(target.getType().isMultiValued() ? AnswerValue.of(List.of(value), "x")
                        : new AnswerValue(List.of(value), "x"));
            } catch (SurveyRuleViolation notAValue) {
                throw new SurveyRuleViolation("conditionUnknownValue", value, target.getText());
            }
        }
    }

    private void renumber() {
        List<SurveySection> ordered = getSections();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    // ------------------------------------------------------------------ reading

    public List<SurveySection> getSections() {
        return sections.stream().sorted(Comparator.comparingInt(SurveySection::getPosition)).toList();
    }

    /** Every question in order, section by section. */
    public List<SurveyQuestion> getQuestions() {
        return getSections().stream().flatMap(section -> section.getQuestions().stream()).toList();
    }

    public Optional<SurveyQuestion> question(String code) {
        return getQuestions().stream().filter(question -> question.getCode().equals(code)).findFirst();
    }

    public Optional<SurveySection> section(long sectionId) {
        return sections.stream().filter(section -> Objects.equals(section.getId(), sectionId)).findFirst();
    }

    public Optional<SurveyQuestion> questionById(long questionId) {
        return getQuestions().stream().filter(question -> Objects.equals(question.getId(), questionId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public QuestionnaireKind getKind() {
        return kind;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public Audience getAudience() {
        return audience;
    }

    public Set<Region> getRegions() {
        return Set.copyOf(regions);
    }

    public Set<Long> getCentreIds() {
        return Set.copyOf(centreIds);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public QuestionnaireStatus getStatus() {
        return status;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isAnswersPublished() {
        return answersPublished;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Questionnaire questionnaire && id != null && id.equals(questionnaire.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Questionnaire[" + id + " " + year + " " + title + "]";
    }
}

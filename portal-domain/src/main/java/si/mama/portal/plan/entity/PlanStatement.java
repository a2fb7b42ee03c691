package si.mama.portal.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.LinkedHashMap;

/** One numbered goal or qualitative indicator of a section. */
@Entity
@Table(name = "plan_statement")
public class PlanStatement extends PlanItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false, updatable = false)
    private PlanSection section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StatementKind kind;

    @Column(nullable = false)
    private String text;

    protected PlanStatement() {
        // for JPA
    }

    PlanStatement(Plan plan, PlanSection section, String key, int position, StatementKind kind, String text) {
        super(plan, key, position);
        this.section = section;
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        update(text);
    }

    void update(String text) {
        this.text = PlanText.required(text, "text", TEXT_MAX);
    }

    PlanStatement copyInto(Plan target, PlanSection sectionCopy) {
        return new PlanStatement(target, sectionCopy, getKey(), getPosition(), kind, text);
    }

    @Override
    public LinkedHashMap<String, String> content() {
        LinkedHashMap<String, String> content = new LinkedHashMap<>();
        content.put("text", text);
        return content;
    }

    @Override
    public String label() {
        return shorten(text);
    }

    @Override
    public String itemType() {
        return kind.name();
    }

    @Override
    public String context() {
        return section.getTitle();
    }

    public PlanSection getSection() {
        return section;
    }

    public StatementKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}

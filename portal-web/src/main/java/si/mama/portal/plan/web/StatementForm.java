package si.mama.portal.plan.web;

import si.mama.portal.plan.entity.PlanStatement;
import si.mama.portal.plan.entity.StatementKind;

import java.io.Serializable;

/** The dialog for one goal or qualitative indicator. */
public class StatementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private long sectionId;
    private StatementKind kind = StatementKind.GOAL;
    private String text;

    static StatementForm newIn(long sectionId, StatementKind kind) {
        StatementForm form = new StatementForm();
        form.sectionId = sectionId;
        form.kind = kind;
        return form;
    }

    static StatementForm of(PlanStatement statement) {
        StatementForm form = new StatementForm();
        form.id = statement.getId();
        form.version = statement.getVersion();
        form.sectionId = statement.getSection().getId();
        form.kind = statement.getKind();
        form.text = statement.getText();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getSectionId() {
        return sectionId;
    }

    public StatementKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

package si.mama.portal.stewardship.web;

import si.mama.portal.stewardship.entity.ProposalKind;

import java.io.Serializable;

/** A new proposal from a meeting: its text, the plan area it belongs to and what it is for. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String areaKey;
    private ProposalKind kind = ProposalKind.NEXT_PLAN;

    public ProposalKind[] getKinds() {
        return ProposalKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAreaKey() {
        return areaKey;
    }

    public void setAreaKey(String areaKey) {
        this.areaKey = areaKey;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public void setKind(ProposalKind kind) {
        this.kind = kind;
    }
}

package si.mama.portal.stewardship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;
import java.io.Serializable;

/** A proposal of the centre's meeting, as the centre reads it. Tenant-filtered and read-only. */
@Entity
@ReadOnly
@Table(name = "meeting_proposal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class SharedProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private SharedMeeting meeting;

    @Column
    private int position;

    @Column
    private String text;

    @Column(name = "area_key")
    private String areaKey;

    @Enumerated(EnumType.STRING)
    @Column
    private ProposalKind kind;

    @Column
    private boolean taken;

    protected SharedProposal() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getAreaKey() {
        return areaKey;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public boolean isTaken() {
        return taken;
    }
}

package si.mama.portal.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.people.boundary.AccountRow;
import si.mama.portal.people.boundary.OfficeAccounts;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The portal-accounts card of the office's centre page ({@code /office/centre?id=}): the centre's accounts, the
 * office admin's invitation of a centre admin, turning accounts off and on, and the centre-admin role.
 */
@Named
@ViewScoped
public class CentreAccountsCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficeAccounts accounts;

    @Inject
    Texts texts;

    private Long centreId;
    private List<AccountRow> rows;
    private boolean unavailable;
    private AccountInvitation invitation = new AccountInvitation();

    public boolean isManaged() {
        return accounts.isManaged();
    }

    public List<AccountRow> getRows() {
        if (rows == null && !unavailable && centreId != null) {
            try {
                rows = accounts.ofCentre(centreId);
            } catch (PortalException refusal) {
                unavailable = true;
                texts.error(refusal, null);
            }
        }
        return rows == null ? List.of() : rows;
    }

    public void startInviting() {
        invitation = new AccountInvitation();
    }

    public void invite() {
        try {
            accounts.inviteCentreAdmin(centreId, invitation.getEmail(), invitation.getFirstName(),
                    invitation.getLastName(), invitation.getLanguage());
            texts.info("accounts.invited", invitation.getFirstName() + " " + invitation.getLastName(), invitation.getEmail());
            PrimeFaces.current().executeScript("PF('centreInviteDialog').hide()");
            reload();
        } catch (PortalException refusal) {
            texts.error(refusal, "centreInviteForm");
        }
    }

    public void setEnabled(String userId, boolean enabled) {
        try {
            accounts.setCentreAccountEnabled(centreId, userId, enabled);
            texts.info(enabled ? "accounts.enabledAccount" : "accounts.disabledAccount");
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
        reload();
    }

    public void setAdmin(String userId, boolean admin) {
        try {
            accounts.setCentreAdmin(centreId, userId, admin);
            texts.info(admin ? "accounts.madeAdmin" : "accounts.madeStaff");
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
        reload();
    }

    private void reload() {
        rows = null;
        unavailable = false;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public AccountInvitation getInvitation() {
        return invitation;
    }
}

package si.mama.portal.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.people.boundary.AccountRow;
import si.mama.portal.people.boundary.OfficeAccounts;
import si.mama.portal.people.entity.PersonDetails;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;

import java.io.Serializable;
import java.util.List;

/** {@code /office/accounts}: the office's own portal accounts; invite, turn off and on. */
@Named
@ViewScoped
public class OfficeAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficeAccounts accounts;

    @Inject
    Texts texts;

    private List<AccountRow> rows;
    private AccountInvitation invitation = new AccountInvitation();

    public void load() {
        try {
            rows = accounts.office();
        } catch (PortalException refusal) {
            rows = List.of();
            texts.error(refusal, null);
        }
    }

    public void startInviting() {
        invitation = new AccountInvitation();
    }

    public void invite() {
        try {
            accounts.inviteToOffice(invitation.getEmail(), invitation.getFirstName(), invitation.getLastName(),
                    invitation.getLanguage(), invitation.getRole());
            texts.info("accounts.invited", invitation.getFirstName() + " " + invitation.getLastName(), invitation.getEmail());
            PrimeFaces.current().executeScript("PF('inviteDialog').hide()");
            load();
        } catch (PortalException refusal) {
            texts.error(refusal, "inviteForm");
        }
    }

    public void setEnabled(String userId, boolean enabled) {
        try {
            accounts.setOfficeAccountEnabled(userId, enabled);
            texts.info(enabled ? "accounts.enabledAccount" : "accounts.disabledAccount");
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
        load();
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public AccountInvitation getInvitation() {
        return invitation;
    }

    public Role[] getOfficeRoles() {
        return new Role[]{Role.OFFICE_STAFF, Role.OFFICE_ADMIN};
    }

    public List<String> getLanguages() {
        return PersonDetails.LANGUAGES;
    }
}

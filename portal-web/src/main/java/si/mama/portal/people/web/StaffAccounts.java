package si.mama.portal.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.people.boundary.CentreAccounts;
import si.mama.portal.people.entity.AccountState;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The portal-account column of the centre's staff table: each person's account state, invite, send again, turn
 * off and on. The states are read from Keycloak once per view and again after each change.
 */
@Named
@ViewScoped
public class StaffAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreAccounts accounts;

    @Inject
    Texts texts;

    private Map<String, AccountState> states;
    private boolean unavailable;
    private Boolean managed;

    /** Whether the portal manages accounts at all (a setting): asked once per view, not once per table row. */
    public boolean isManaged() {
        if (managed == null) {
            managed = accounts.isManaged();
        }
        return managed;
    }

    public AccountState stateOf(Person person) {
        if (states == null && !unavailable) {
            try {
                states = accounts.states();
            } catch (PortalException refusal) {
                unavailable = true;
                texts.error(refusal, null);
            }
        }
        return states == null ? null : states.getOrDefault(person.getEmail().toLowerCase(Locale.ROOT), AccountState.NONE);
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public void invite(long personId) {
        try {
            Person person = accounts.invite(personId);
            texts.info("accounts.invited", person.getFullName(), person.getEmail());
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
        reload();
    }

    public void disable(long personId) {
        try {
            texts.info("accounts.disabled", accounts.disable(personId).getFullName());
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
        reload();
    }

    public void enable(long personId) {
        try {
            texts.info("accounts.enabled", accounts.enable(personId).getFullName());
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
        reload();
    }

    /** After a change elsewhere on the page (a person left): read the states again. */
    public void reload() {
        states = null;
        unavailable = false;
    }
}

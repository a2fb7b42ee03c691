package si.mama.portal.people.entity;

/** Where a person's portal account stands (the account itself lives in Keycloak). */
public enum AccountState {
    /** No account with the person's e-mail in the centre. */
    NONE,
    /** Invited: the set-password mail went out and the password is not set yet. */
    INVITED,
    ACTIVE,
    DISABLED;

    public String bundleKey() {
        return "accounts.state." + name();
    }
}

package si.mama.portal.centre.boundary;

/**
 * A new centre joined the network: fired synchronously inside the transaction that stores it, so an observer (the
 * centre's Keycloak organization) that fails rolls the centre back too.
 */
public record CentreAdmitted(String alias, String name) {
}

package si.mama.portal.people.boundary;

import si.mama.portal.people.entity.AccountState;
import si.mama.portal.platform.security.Role;

import java.io.Serializable;

/** One portal account as the office lists it; {@code self} is the caller's own (never turned off by themself). */
public record AccountRow(String id, String name, String email, Role role, AccountState state, boolean self) implements Serializable {
}

package si.mama.portal.centre.boundary;

import si.mama.portal.centre.entity.ContactRole;

/** A contact person as a form enters it. */
public record ContactDraft(ContactRole role, String name, String email, String phone) {
}

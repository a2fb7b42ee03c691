package si.mama.portal.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.boundary.PersonQuery;
import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.people.entity.PersonDetails;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.web.PageModel;

import java.io.Serializable;
import java.util.List;

/** The staff table of the centre home ({@code /centre}): list, search, add, edit, deactivate. */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    Texts texts;

    private String search;
    private boolean includeInactive;
    private PersonForm form = new PersonForm();
    private PageModel<Person> staff;

    @PostConstruct
    void init() {
        staff = new PageModel<>((sorting, first, max) ->
                people.list(new PersonQuery(search, includeInactive, sorting), first, max), Person::getId);
    }

    public void startAdding() {
        form = new PersonForm();
    }

    /**
     * Row actions carry the person's id as a request parameter rendered with the row (a lazy table re-resolves
     * row variables on postback, which may be a different search's row); the boundary loads it through the
     * tenant filter, so an id of another centre is simply not found.
     */
    public void startEditing(long personId) {
        form = PersonForm.of(people.find(personId));
    }

    public void save() {
        try {
            if (form.isNew()) {
                people.add(form.toDetails());
                texts.info("people.added", form.getFirstName() + " " + form.getLastName());
            } else {
                people.update(form.getId(), form.getVersion(), form.toDetails());
                texts.info("people.saved", form.getFirstName() + " " + form.getLastName());
            }
            PrimeFaces.current().executeScript("PF('personDialog').hide()");
        } catch (PortalException refusal) {
            texts.error(refusal, "personForm");
        }
    }

    public void deactivate(long personId) {
        try {
            Person changed = people.deactivate(personId);
            texts.info("people.deactivated", changed.getFullName());
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
    }

    public void reactivate(long personId) {
        try {
            Person changed = people.reactivate(personId);
            texts.info("people.reactivated", changed.getFullName());
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
    }

    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    public List<String> getLanguages() {
        return PersonDetails.LANGUAGES;
    }

    public PageModel<Person> getStaff() {
        return staff;
    }

    public PersonForm getForm() {
        return form;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}

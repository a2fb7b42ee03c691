package si.mama.portal.platform.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalData;
import si.mama.portal.platform.privacy.PersonalDataExport;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /office/person-data?email=}: what the portal holds about one address (the people it names, the account, how
 * many entries of each kind), its JSON and PDF downloads, and the erasure of a person who left; below, the latest
 * erasures.
 */
@Named
@ViewScoped
public class PersonDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalData personalData;

    @Inject
    Texts texts;

    private String email;
    private String query;
    private PersonalDataExport export;
    private List<PersonalData.ErasureRow> erasures;

    public void load() {
        erasures = personalData.erasures(20);
        query = email;
        export = null;
        if (email != null && !email.isBlank()) {
            try {
                export = personalData.export(email);
            } catch (PortalException refusal) {
                texts.error(refusal, "searchForm");
            }
        }
    }

    public String search() {
        return "/office/person-data?faces-redirect=true&email=" + URLEncoder.encode(query == null ? "" : query.strip(),
                StandardCharsets.UTF_8);
    }

    public String erase() {
        try {
            String placeholder = personalData.erase(export.email());
            texts.infoAfterRedirect("personalData.erased", placeholder);
            return "/office/person-data?faces-redirect=true";
        } catch (PortalException refusal) {
            texts.error(refusal, null);
            return null;
        }
    }

    /** Each part with its number of entries, every part also an empty one. */
    public List<DataSection> getSections() {
        return export == null ? List.of() : export.sections();
    }

    /** The name the person's rows will carry once erased. */
    public String getPlaceholder() {
        return export == null || export.people().isEmpty() ? ""
                : DataSubject.placeholderName(export.people().stream().mapToLong(DataSubject.PersonRow::id).min().orElseThrow());
    }

    public String getFullName() {
        return export == null || export.people().isEmpty() ? "" : export.people().get(0).fullName();
    }

    public String getActiveCentres() {
        return export == null ? "" : export.activeIn().stream().map(DataSubject.PersonRow::centreName)
                .collect(Collectors.joining(", "));
    }

    /** The account's one row, or none. */
    public List<Object> getAccount() {
        DataSection account = export == null ? null : export.section("account");
        return account == null || account.isEmpty() ? null : account.rows().get(0);
    }


    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PersonalDataExport getExport() {
        return export;
    }

    public List<PersonalData.ErasureRow> getErasures() {
        return erasures;
    }
}

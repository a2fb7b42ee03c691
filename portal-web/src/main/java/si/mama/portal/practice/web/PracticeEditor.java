package si.mama.portal.practice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.practice.boundary.PracticeCatalogue;
import si.mama.portal.practice.boundary.Practices;
import si.mama.portal.practice.entity.AttachmentFile;
import si.mama.portal.practice.entity.PartnerType;
import si.mama.portal.practice.entity.Practice;
import si.mama.portal.practice.entity.PracticeDetails;
import si.mama.portal.practice.entity.PracticeStatus;

import java.io.Serializable;
import java.util.List;

/**
 * The centre admin's practice editor ({@code /practices/edit?id=}, without an id for a new one): the text, the
 * photos and documents, and the submission to the office. A practice the office has is shown read-only.
 */
@Named
@ViewScoped
public class PracticeEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "practiceForm";

    @Inject
    Practices practices;

    @Inject
    PracticeCatalogue catalogue;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private Practice practice;
    private PracticeForm form;
    private List<String> knownTopics;

    public void load() {
        if (!currentUser.isCentreAdmin()) {
            throw new AccessDeniedException("Only a centre admin writes the centre's practices");
        }
        knownTopics = catalogue.topics(false);
        if (id == null) {
            form = PracticeForm.empty();
            return;
        }
        reload();
    }

    private void reload() {
        practice = practices.find(id);
        form = PracticeForm.of(practice);
    }

    /** Called by the page every few minutes: the request itself keeps the session (and sign-in) alive. */
    public void keepAlive() {
        // nothing to do
    }

    public String save() {
        try {
            if (form.isNew()) {
                Practice created = practices.create(form.toDetails());
                texts.infoAfterRedirect("practice.created", created.getTitle());
                return "/practices/edit?faces-redirect=true&id=" + created.getId();
            }
            practice = practices.update(id, form.getVersion(), form.toDetails());
            form = PracticeForm.of(practice);
            texts.info("practice.saved");
        } catch (PortalException refusal) {
            texts.error(refusal, FORM);
        }
        return null;
    }

    /** Saves what the form says, then submits it; when something is missing, says so next to each field. */
    public String submit() {
        try {
            practice = practices.update(id, form.getVersion(), form.toDetails());
            form = PracticeForm.of(practice);
            practices.submit(id, practice.getVersion());
            texts.infoAfterRedirect("practice.submitted", practice.getTitle());
            return "/practices/view?faces-redirect=true&id=" + id;
        } catch (PortalException refusal) {
            if ("practice.error.incomplete".equals(refusal.messageKey())) {
                for (String field : form.toDetails().missingForSubmission()) {
                    texts.error(new PortalException("practice.requiredToSubmit", field), FORM);
                }
            }
            texts.error(refusal, FORM);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            practices.attach(id, file.getFileName(), file.getContent());
            texts.info("practice.fileAdded", file.getFileName());
        } catch (PortalException refusal) {
            texts.error(refusal, "filesForm");
        } finally {
            practice = practices.find(id);
            form.adoptVersion(practice.getVersion());
        }
    }

    public void removeFile(long fileId) {
        try {
            practices.detach(id, fileId);
            texts.info("practice.fileRemoved");
        } catch (PortalException refusal) {
            texts.error(refusal, "filesForm");
        } finally {
            practice = practices.find(id);
            form.adoptVersion(practice.getVersion());
        }
    }

    public String discard() {
        try {
            practices.discard(id);
            texts.infoAfterRedirect("practice.discarded", practice.getTitle());
            return "/practices/index?faces-redirect=true";
        } catch (PortalException refusal) {
            texts.error(refusal, FORM);
            return null;
        }
    }

    public boolean isEditable() {
        return practice == null || practice.isEditable();
    }

    public boolean isDraft() {
        return practice != null && practice.getStatus() == PracticeStatus.DRAFT;
    }

    public String fileUrl(long fileId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/practices/file?practice=" + id + "&file=" + fileId;
    }

    /** The topics of published practices, offered while typing so the catalogue's topics stay few. */
    public List<String> getKnownTopics() {
        return knownTopics;
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    public int getMaxFiles() {
        return Practice.MAX_ATTACHMENTS;
    }

    public int getMaxFileBytes() {
        return AttachmentFile.MAX_BYTES;
    }

    public int getTitleMax() {
        return PracticeDetails.TITLE_MAX;
    }

    public Practice getPractice() {
        return practice;
    }

    public PracticeForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

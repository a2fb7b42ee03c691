package si.mama.portal.practice.web;

import si.mama.portal.practice.entity.PartnerType;
import si.mama.portal.practice.entity.Practice;
import si.mama.portal.practice.entity.PracticeDetails;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The centre's practice form: what the catalogue says about a practice. The page checks each field. */
public class PracticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String title;
    private String summary;
    private String topic;
    private String targetGroup;
    private String partners;
    private PartnerType[] partnerTypes = new PartnerType[0];
    private String results;
    private String contactName;
    private String contactEmail;

    static PracticeForm empty() {
        return new PracticeForm();
    }

    static PracticeForm of(Practice practice) {
        PracticeForm form = new PracticeForm();
        form.id = practice.getId();
        form.version = practice.getVersion();
        form.title = practice.getTitle();
        form.summary = practice.getSummary();
        form.topic = practice.getTopic();
        form.targetGroup = practice.getTargetGroup();
        form.partners = practice.getPartners();
        form.partnerTypes = practice.getPartnerTypes().toArray(PartnerType[]::new);
        form.results = practice.getResults();
        form.contactName = practice.getContactName();
        form.contactEmail = practice.getContactEmail();
        return form;
    }

    PracticeDetails toDetails() {
        EnumSet<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        types.addAll(List.of(partnerTypes));
        return new PracticeDetails(title, summary, topic, targetGroup, partners, types, results, contactName, contactEmail);
    }

    /** A file added or removed changes the practice's version; the text being typed stays as it is. */
    void adoptVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public PartnerType[] getPartnerTypes() {
        return partnerTypes.clone();
    }

    public void setPartnerTypes(PartnerType[] partnerTypes) {
        this.partnerTypes = partnerTypes == null ? new PartnerType[0] : partnerTypes.clone();
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}

package si.mama.portal.practice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.practice.boundary.PracticeCatalogue;
import si.mama.portal.practice.boundary.PracticeFilter;
import si.mama.portal.practice.boundary.Practices;
import si.mama.portal.practice.entity.PartnerType;
import si.mama.portal.practice.entity.Practice;
import si.mama.portal.practice.entity.PracticeListing;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The good-practice catalogue, searchable by text, region, topic and partner type: {@code /practices} for members
 * (every published practice, and a centre's own ones in every status) and {@code /public/practices} for everyone
 * (the public ones).
 */
@Named
@ViewScoped
public class PracticeList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeCatalogue catalogue;

    @Inject
    Practices practices;

    @Inject
    CurrentUser currentUser;

    private boolean publicPage;
    private String q;
    private Region region;
    private String topic;
    private PartnerType partner;
    private List<PracticeListing> results;
    private List<String> topics;
    private List<Practice> mine = List.of();

    public void load() {
        publicPage = FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/public/");
        topics = catalogue.topics(publicPage);
        if (!publicPage && currentUser.isCentreUser()) {
            mine = practices.mine();
        }
        search();
    }

    public void search() {
        results = catalogue.search(new PracticeFilter(q, region, topic, partner, publicPage));
    }

    public void clear() {
        q = null;
        region = null;
        topic = null;
        partner = null;
        search();
    }

    /** The PDF of what the page shows now (same filters), at the page's own address space. */
    public String getExportPath() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("region", region == null ? null : region.name());
        parameters.put("topic", topic);
        parameters.put("partner", partner == null ? null : partner.name());
        String query = parameters.entrySet().stream().filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return (publicPage ? "/public/practices/export" : "/practices/export") + (query.isEmpty() ? "" : "?" + query);
    }

    /** Where a practice of the list opens: the public page stays public. */
    public String getViewOutcome() {
        return publicPage ? "/public/practices/view" : "/practices/view";
    }

    public boolean isFiltered() {
        return q != null && !q.isBlank() || region != null || topic != null || partner != null;
    }

    public boolean isPublicPage() {
        return publicPage;
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    public List<String> getTopics() {
        return topics;
    }

    public List<PracticeListing> getResults() {
        return results;
    }

    public List<Practice> getMine() {
        return mine;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public PartnerType getPartner() {
        return partner;
    }

    public void setPartner(PartnerType partner) {
        this.partner = partner;
    }
}

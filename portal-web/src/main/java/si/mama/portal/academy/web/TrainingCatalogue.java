package si.mama.portal.academy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.platform.web.PageModel;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.util.List;

/** The academy's catalogue ({@code /academy?year=&q=}): a year's trainings, searchable, loaded a page at a time. */
@Named
@ViewScoped
public class TrainingCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Trainings trainings;

    private Integer year;
    private String q;
    private List<Integer> years;
    private PageModel<Training> catalogue;

    public void load() {
        years = trainings.years();
        if (year == null) {
            int current = PortalClock.today().getYear();
            year = years.contains(current) || years.isEmpty() ? current : years.get(0);
        }
        catalogue = new PageModel<>((sorting, first, max) -> trainings.catalogue(year, q, first, max), Training::getId);
    }

    /** The table reads the year and text on its next load: a search only has to update it. */
    public void search() {
        // nothing to keep: see getCatalogue
    }

    public PageModel<Training> getCatalogue() {
        return catalogue;
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}

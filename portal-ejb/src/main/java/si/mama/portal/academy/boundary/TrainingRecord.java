package si.mama.portal.academy.boundary;

import si.mama.portal.people.entity.Person;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One person's trainings across the years: each confirmed training with the hours attended. */
public record TrainingRecord(Person person, List<Entry> entries) implements Serializable {

    /** One training of the record. */
    public record Entry(long trainingId, int year, String title, BigDecimal hours, String certificateCode) implements Serializable {

        public long getTrainingId() {
            return trainingId;
        }

        public int getYear() {
            return year;
        }

        public String getTitle() {
            return title;
        }

        public String getHoursText() {
            return hours.stripTrailingZeros().toPlainString();
        }

        public String getCertificateCode() {
            return certificateCode;
        }
    }

    public Person getPerson() {
        return person;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public int getTrainingCount() {
        return entries.size();
    }

    public BigDecimal getHours() {
        return entries.stream().map(Entry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getHoursText() {
        return getHours().stripTrailingZeros().toPlainString();
    }
}

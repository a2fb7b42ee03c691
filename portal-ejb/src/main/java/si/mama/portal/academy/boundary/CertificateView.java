package si.mama.portal.academy.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What a certificate says, as anyone holding its code may see it. */
public record CertificateView(String code, String personName, String centreName, String trainingTitle,
                              LocalDate firstDay, LocalDate lastDay, BigDecimal hours, Instant issuedAt) {

    public String getCode() {
        return code;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCentreName() {
        return centreName;
    }

    public String getTrainingTitle() {
        return trainingTitle;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getHoursText() {
        return hours.stripTrailingZeros().toPlainString();
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}

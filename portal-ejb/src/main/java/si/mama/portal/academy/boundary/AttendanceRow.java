package si.mama.portal.academy.boundary;

import si.mama.portal.academy.entity.Certificate;
import si.mama.portal.academy.entity.RegistrationListing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;

/** One confirmed participant on the attendance sheet: the sessions attended, hours, and certificate if issued. */
public record AttendanceRow(RegistrationListing registration, Set<Long> presentSessionIds, BigDecimal hours,
                            Certificate certificate) implements Serializable {

    public RegistrationListing getRegistration() {
        return registration;
    }

    public boolean isPresentAt(long sessionId) {
        return presentSessionIds.contains(sessionId);
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getHoursText() {
        return hours.stripTrailingZeros().toPlainString();
    }

    public Certificate getCertificate() {
        return certificate;
    }
}

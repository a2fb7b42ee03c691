package si.mama.portal.academy.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.entity.Certificate;
import si.mama.portal.academy.entity.RegistrationListing;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingSession;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checking a certificate by its code, for anyone (an employer, an agency): the code is the key, so this
 * needs no sign-in and shows only what the certificate itself says.
 */
@Stateless
public class Certificates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<CertificateView> verify(String code) {
        if (code == null || code.isBlank() || code.length() > 16) {
            return Optional.empty();
        }
        List<Certificate> found = em.createNamedQuery("Certificate.byCode", Certificate.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Certificate certificate = found.get(0);
        RegistrationListing registration = em.find(RegistrationListing.class, certificate.getRegistrationId());
        Training training = em.find(Training.class, registration.getTrainingId());
        List<TrainingSession> sessions = training.getSessions();
        return Optional.of(new CertificateView(certificate.getCode(),
                registration.getPerson().getFirstName() + " " + registration.getPerson().getLastName(),
                registration.getCentre().getName(), training.getTitle(),
                sessions.isEmpty() ? null : sessions.get(0).getDate(),
                sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).getDate(),
                certificate.getHours(), certificate.getIssuedAt()));
    }
}

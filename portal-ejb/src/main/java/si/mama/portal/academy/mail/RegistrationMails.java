package si.mama.portal.academy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.boundary.RegistrationChanged;
import si.mama.portal.academy.boundary.RegistrationChanged.What;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.MailSettings;
import si.mama.portal.platform.mail.Outbox;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Tells the person of a registration what happened to it, by mail through the outbox: confirmed (with the calendar
 * invitation), on the waitlist (with the place), promoted from the waitlist (with the invitation), cancelled (with
 * the invitation's cancellation, if one was sent). Observes during the registration's transaction, so the mail is
 * stored together with the change, or not at all.
 * <p>
 * A promoted registration may belong to another centre than the caller's, so the registration and its person are
 * read with plain SQL, past the tenant filter; only what the mail needs is read. People have no language setting
 * yet: every mail is in Slovenian.
 */
@ApplicationScoped
public class RegistrationMails {

    private static final Logger LOG = Logger.getLogger(RegistrationMails.class.getName());
    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    /** The registration and its person, as the mail needs them. */
    private record Participant(Integer waitlistPosition, String name, String email) {
    }

    void on(@Observes RegistrationChanged change) {
        Participant participant = participant(change.registrationId());
        if (participant == null || participant.email() == null || participant.email().isBlank()) {
            LOG.warning(() -> "No address to tell registration " + change.registrationId() + " is " + change.what());
            return;
        }
        Training training = em.find(Training.class, change.trainingId());
        TrainingInvitation.Details details = new TrainingInvitation.Details(change.registrationId(), training.getTitle(),
                training.getLocation(), training.getDescription(),
                training.getSessions().stream().map(s -> new TrainingInvitation.Session(s.getId(), s.getDate(),
                        s.getStartsAt(), s.getEndsAt())).toList(),
                settings.from(), settings.fromName(), participant.email(), participant.name());
        ComposedMail mail = AcademyMails.compose(change.what(), languageOf(participant), details,
                participant.waitlistPosition(), calendar(change, details));
        outbox.queue(key(change.registrationId(), change.what()), mail);
    }

    /** What the mail is about: one mail per registration and change. */
    public static String key(long registrationId, What what) {
        return "academy.registration." + registrationId + "." + what.name().toLowerCase(Locale.ROOT);
    }

    private String calendar(RegistrationChanged change, TrainingInvitation.Details details) {
        return switch (change.what()) {
            case CONFIRMED, PROMOTED -> TrainingInvitation.request(details);
            case WAITLISTED -> null;
            // only a seat that had an invitation gets its cancellation
            case CANCELLED -> outbox.isQueued(key(change.registrationId(), What.CONFIRMED))
                    || outbox.isQueued(key(change.registrationId(), What.PROMOTED))
                    ? TrainingInvitation.cancel(details) : null;
        };
    }

    /** People have no language setting yet: Slovenian, the network's language, for everyone. */
    private static Locale languageOf(Participant participant) {
        return AcademyMails.SLOVENIAN;
    }

    private Participant participant(long registrationId) {
        List<?> rows = em.createNativeQuery("select r.waitlist_position, p.first_name, p.last_name, p.email"
                        + " from registration r join person p on p.id = r.person_id where r.id = ?")
                .setParameter(1, registrationId)
                .setHint(ALLOW_NATIVE, true)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Participant(row[0] == null ? null : ((Number) row[0]).intValue(), row[1] + " " + row[2],
                (String) row[3]);
    }
}

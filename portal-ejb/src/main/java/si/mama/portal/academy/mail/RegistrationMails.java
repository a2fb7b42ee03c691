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
 * Tells the person of a registration what happened to it, by mail through the outbox, in the person's language:
 * confirmed (with the calendar invitation), on the waitlist (with the place), promoted from the waitlist (with the
 * invitation), cancelled or the training called off (with the invitation's cancellation, if one was sent), a
 * request declined, and the reminder before the training. A staff member's request goes to the centre's address.
 * Observes during the registration's transaction, so the mail is stored together with the change, or not at all.
 * <p>
 * A promoted registration may belong to another centre than the caller's, so the registration and its person are
 * read with plain SQL, past the tenant filter; only what the mail needs is read.
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

    /** The registration, its person and centre, as the mail needs them. */
    private record Participant(Integer waitlistPosition, String name, String email, String language,
                               String centreEmail) {
    }

    void on(@Observes RegistrationChanged change) {
        tell(change.registrationId(), change.trainingId(), change.what());
    }

    /**
     * Queues the mail about {@code what} for one registration, once: a second call for the same registration and
     * {@code what} queues nothing. Returns whether a mail was queued.
     */
    public boolean tell(long registrationId, long trainingId, What what) {
        Participant participant = participant(registrationId);
        String recipient = participant == null ? null
                : what == What.REQUESTED ? participant.centreEmail() : participant.email();
        if (recipient == null || recipient.isBlank()) {
            LOG.warning(() -> "No address to tell registration " + registrationId + " is " + what);
            return false;
        }
        Locale language = what == What.REQUESTED ? AcademyMails.SLOVENIAN : Locale.forLanguageTag(participant.language());
        Training training = em.find(Training.class, trainingId);
        TrainingInvitation.Details details = new TrainingInvitation.Details(registrationId, training.getTitle(),
                training.getLocation(), training.getDescription(),
                training.getSessions().stream().map(s -> new TrainingInvitation.Session(s.getId(), s.getDate(),
                        s.getStartsAt(), s.getEndsAt())).toList(),
                settings.from(), settings.fromName(), recipient, participant.name());
        ComposedMail mail = AcademyMails.compose(what, language, details, participant.waitlistPosition(),
                settings.portalUrl() + "/academy/training?id=" + trainingId, calendar(registrationId, what, details));
        return outbox.queue(key(registrationId, what), mail);
    }

    /** What the mail is about: one mail per registration and change. */
    public static String key(long registrationId, What what) {
        return "academy.registration." + registrationId + "." + what.name().toLowerCase(Locale.ROOT);
    }

    private String calendar(long registrationId, What what, TrainingInvitation.Details details) {
        return switch (what) {
            case CONFIRMED, PROMOTED -> TrainingInvitation.request(details);
            case WAITLISTED, REQUESTED, DECLINED, REMINDER -> null;
            // only a seat that had an invitation gets its cancellation
            case CANCELLED, TRAINING_CANCELLED -> outbox.isQueued(key(registrationId, What.CONFIRMED))
                    || outbox.isQueued(key(registrationId, What.PROMOTED))
                    ? TrainingInvitation.cancel(details) : null;
        };
    }

    private Participant participant(long registrationId) {
        List<?> rows = em.createNativeQuery("select r.waitlist_position, p.first_name, p.last_name, p.email,"
                        + " p.language, c.email from registration r join person p on p.id = r.person_id"
                        + " join centre c on c.id = r.centre_id where r.id = ?")
                .setParameter(1, registrationId)
                .setHint(ALLOW_NATIVE, true)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Participant(row[0] == null ? null : ((Number) row[0]).intValue(), row[1] + " " + row[2],
                (String) row[3], (String) row[4], (String) row[5]);
    }
}

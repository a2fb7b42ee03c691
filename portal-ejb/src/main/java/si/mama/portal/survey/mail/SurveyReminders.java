package si.mama.portal.survey.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.MailSettings;
import si.mama.portal.platform.mail.MailTemplates;
import si.mama.portal.platform.mail.Outbox;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.survey.boundary.NonResponder;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Reminds the centres that have not submitted a questionnaire, by mail to each centre's address through the
 * outbox: when the office asks (at most once a day per centre), and by itself a few days before closing (once).
 * Centres without an address are skipped, and the office sees how many were reminded.
 */
@Stateless
public class SurveyReminders {

    static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
    private static final MailTemplates TEMPLATES = new MailTemplates("si.mama.portal.survey.mail.mails", SurveyReminders.class);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SurveyResults results;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    @ConfigProperty(name = "portal.survey.closing-reminder-days", defaultValue = "3")
    int closingReminderDays;

    /** The office reminds every centre that has not submitted; returns how many mails were queued now. */
    public int remind(long questionnaireId, LocalDate today) {
        currentUser.require(Role.OFFICE_ADMIN);
        Questionnaire questionnaire = em.find(Questionnaire.class, questionnaireId);
        if (questionnaire == null) {
            throw new NotFoundException("Questionnaire", questionnaireId);
        }
        return queue(questionnaire, results.nonResponders(questionnaireId), "reminder", "." + today);
    }

    /**
     * The reminder before closing, for every open questionnaire closing within the configured days; each centre
     * gets it once. Runs for the network (the job has no user).
     */
    public int queueClosingReminders(LocalDate today) {
        int queued = 0;
        for (Questionnaire questionnaire : em.createQuery("select q from Questionnaire q where q.status = :sent"
                        + " and q.closesOn between :today and :until and q.opensOn <= :today", Questionnaire.class)
                .setParameter("sent", QuestionnaireStatus.SENT).setParameter("today", today)
                .setParameter("until", today.plusDays(closingReminderDays)).getResultList()) {
            queued += queue(questionnaire, results.nonRespondersOf(questionnaire), "closing", "");
        }
        return queued;
    }

    private int queue(Questionnaire questionnaire, List<NonResponder> centres, String template, String keySuffix) {
        String closes = DateTimeFormatter.ofPattern(TEMPLATES.bundle(SLOVENIAN).getString("date.pattern"), SLOVENIAN)
                .format(questionnaire.getClosesOn());
        String link = settings.portalUrl() + "/surveys/answer?id=" + questionnaire.getId();
        int queued = 0;
        for (NonResponder centre : centres) {
            if (centre.email() == null || centre.email().isBlank()) {
                continue;
            }
            String subject = TEMPLATES.format(SLOVENIAN, template + ".subject", centre.name(), questionnaire.getTitle());
            String text = TEMPLATES.format(SLOVENIAN, template + ".text", centre.name(), questionnaire.getTitle(), closes, link)
                    + "\n\n" + TEMPLATES.format(SLOVENIAN, "signature", settings.fromName());
            String key = "survey." + questionnaire.getId() + "." + template + "." + centre.centreId() + keySuffix;
            if (outbox.queue(key, new ComposedMail(centre.email(), SLOVENIAN, subject, text, null))) {
                queued++;
            }
        }
        return queued;
    }
}

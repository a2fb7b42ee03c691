package si.mama.portal.news.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.news.entity.NewsSubscription;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.Optional;

/**
 * Who gets the weekly news. A signed-in member subscribes and unsubscribes only themself, with the verified address
 * of their sign-in (never an address typed into a page); anyone holding a mail's token unsubscribes that address.
 */
@Stateless
public class NewsSubscriptions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    /** The caller's subscription, if they have one. */
    public Optional<NewsSubscription> mine() {
        requireMember();
        return currentUser.caller().verifiedEmail().flatMap(this::byEmail);
    }

    /** Subscribes the caller (or changes the language of their mails). */
    public NewsSubscription subscribe(String language) throws PortalException {
        requireMember();
        String email = currentUser.caller().verifiedEmail()
                .orElseThrow(() -> new PortalException("news.error.noVerifiedEmail", null));
        Optional<NewsSubscription> existing = byEmail(email);
        if (existing.isPresent()) {
            PortalException.guard(() -> existing.get().changeLanguage(language));
            return existing.get();
        }
        Optional<Person> person = currentUser.isCentreUser() ? people.signedInPerson() : Optional.empty();
        NewsSubscription subscription = PortalException.guard(() -> new NewsSubscription(email, language,
                person.map(Person::getId).orElse(null), currentUser.isCentreUser() ? currentUser.centreId() : null));
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    public void unsubscribe() {
        mine().ifPresent(em::remove);
    }

    /** The subscription a mail's link names; empty when the token is unknown (or already used). */
    public Optional<NewsSubscription> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery("NewsSubscription.byToken", NewsSubscription.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** Unsubscribes the address a mail's link names; returns whether there was one. */
    public boolean unsubscribeByToken(String token) {
        Optional<NewsSubscription> subscription = byToken(token);
        subscription.ifPresent(em::remove);
        return subscription.isPresent();
    }

    /** The language a new subscription starts with: the person's own, for a centre's person listed with one. */
    public Optional<String> preferredLanguage() {
        requireMember();
        return currentUser.isCentreUser() ? people.signedInPerson().map(Person::getLanguage) : Optional.empty();
    }

    private Optional<NewsSubscription> byEmail(String email) {
        return em.createNamedQuery("NewsSubscription.byEmail", NewsSubscription.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    private void requireMember() {
        if (!currentUser.isOffice() && !currentUser.isCentreUser()) {
            throw new AccessDeniedException("Caller " + currentUser.getUsername() + " is not a member of the network");
        }
    }
}

package si.mama.portal.news.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.news.boundary.NewsSubscriptions;

import java.io.Serializable;

/**
 * Unsubscribing from a mail's link without signing in ({@code /public/news/unsubscribe?token=}): opening the link
 * only asks (mail scanners open links too); the button unsubscribes.
 */
@Named
@ViewScoped
public class NewsUnsubscribe implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsSubscriptions subscriptions;

    private String token;
    private String email;
    private boolean done;

    public void load() {
        email = subscriptions.byToken(token).map(subscription -> subscription.getEmail()).orElse(null);
    }

    public void unsubscribe() {
        subscriptions.unsubscribeByToken(token);
        done = true;
    }

    /** The address the link unsubscribes, or {@code null} for an unknown or used link. */
    public String getEmail() {
        return email;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}

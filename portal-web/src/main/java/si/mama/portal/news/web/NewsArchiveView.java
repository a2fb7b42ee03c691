package si.mama.portal.news.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.news.boundary.NewsArchive;
import si.mama.portal.news.boundary.NewsSubscriptions;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsSubscription;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.LocaleSelector;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.web.PageModel;

import java.io.Serializable;

/**
 * The archive of the weekly news ({@code /news}) for every member, and the signed-in person's own subscription
 * ("Pošiljaj mi tedenske novice"), in the language they choose.
 */
@Named
@ViewScoped
public class NewsArchiveView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsArchive archive;

    @Inject
    NewsSubscriptions subscriptions;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Texts texts;

    private PageModel<NewsIssue> rows;
    private boolean subscribed;
    private String language;

    @PostConstruct
    void init() {
        rows = new PageModel<>((sorting, first, max) -> archive.sent(first, max), NewsIssue::getId);
    }

    public void load() {
        NewsSubscription mine = subscriptions.mine().orElse(null);
        subscribed = mine != null;
        language = mine != null ? mine.getLanguage()
                : subscriptions.preferredLanguage().orElse(localeSelector.getLanguage());
    }

    public void subscribe() {
        try {
            subscriptions.subscribe(language);
            texts.info("news.subscribed");
        } catch (PortalException refusal) {
            texts.error(refusal, "subscriptionForm");
        }
        load();
    }

    public void unsubscribe() {
        subscriptions.unsubscribe();
        texts.info("news.unsubscribed");
        load();
    }

    public PageModel<NewsIssue> getRows() {
        return rows;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}

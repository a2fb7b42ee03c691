package si.mama.portal.news.entity;

/** An issue is written as a draft and sent once; a sent issue is the archive's and never changes. */
public enum NewsStatus {
    DRAFT,
    SENT;

    public String bundleKey() {
        return "news.status." + name();
    }
}

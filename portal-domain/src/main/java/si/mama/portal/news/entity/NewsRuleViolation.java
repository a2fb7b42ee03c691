package si.mama.portal.news.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** An issue of the weekly news refused a change (already sent, a title too long, ...). */
public class NewsRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public NewsRuleViolation(String rule, Object... arguments) {
        super("news", rule, arguments);
    }
}

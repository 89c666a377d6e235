package app.backline.enrichment;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Tag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link Tagger}: keyword, date, hashtag and link rules from {@code tag-rules.txt} (the one place
 * where the rules are written; its header explains the format). A caption gets every tag one of its rules
 * gives, and GENERAL when none does. Stateless after construction and safe to share between threads.
 */
public final class RuleTagger implements Tagger {

    private final TagRules rules;

    /** A tagger with the rules shipped with the app. */
    public RuleTagger() {
        this(TagRules.defaults());
    }

    RuleTagger(TagRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Set<Tag> tag(String caption, CaptionEntities entities) {
        CaptionText text = CaptionText.of(caption, entities);
        EnumSet<Tag> tags = EnumSet.noneOf(Tag.class);
        tagLinks(text, tags);
        for (TextRule rule : rules.textRules()) {
            if (!tags.contains(rule.tag()) && rule.matches(text)) {
                tags.add(rule.tag());
            }
        }
        if (tags.isEmpty()) {
            tags.add(Tag.GENERAL);
        }
        return Collections.unmodifiableSet(tags);
    }

    private void tagLinks(CaptionText text, Set<Tag> tags) {
        for (Links.HostPath link : text.links()) {
            rules.linkRules().stream()
                    .filter(rule -> rule.matches(link))
                    .findFirst()
                    .ifPresent(rule -> tags.add(rule.tag()));
        }
    }
}

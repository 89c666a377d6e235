package app.backline.enrichment;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Tag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link Tagger}: keyword, date, hashtag and link rules from {@code tag-rules.txt} (the one place
 * where the rules are written; its header explains the format). A caption gets every tag one of its rules
 * gives, and GENERAL when none does. Stateless after construction and safe to share between threads.
 */
public final class RuleTagger implements Tagger {

    private final TagRules rules;
    private final TriggerIndex words;
    private final TriggerIndex hashtags;

    /** A tagger with the rules shipped with the app. */
    public RuleTagger() {
        this(TagRules.defaults());
    }

    RuleTagger(TagRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        List<TextRule> textRules = rules.textRules();
        int n = textRules.size();
        // rule r's triggers are entry r, its exceptions' triggers entry n + r
        this.words = new TriggerIndex(2 * n);
        this.hashtags = new TriggerIndex(2 * n);
        for (int r = 0; r < n; r++) {
            TextRule rule = textRules.get(r);
            TriggerIndex index = rule.target() == TextRule.Target.HASHTAGS ? hashtags : words;
            if (rule.triggers() != null) {
                rule.triggers().addTo(index, r);
            }
            if (rule.exceptTriggers() != null) {
                rule.exceptTriggers().addTo(index, n + r);
            }
        }
    }

    @Override
    public Set<Tag> tag(String caption, CaptionEntities entities) {
        CaptionText text = CaptionText.of(caption, entities);
        EnumSet<Tag> tags = EnumSet.noneOf(Tag.class);
        tagLinks(text, tags);
        boolean[] answers = answers(text, tags);
        for (int r = 0; r < answers.length; r++) {
            if (answers[r]) {
                tags.add(rules.textRules().get(r).tag());
            }
        }
        if (tags.isEmpty()) {
            tags.add(Tag.GENERAL);
        }
        return Collections.unmodifiableSet(tags);
    }

    /**
     * Each text rule's answer for {@code text}, with the shortcuts; rules whose tag is in {@code skip} are not
     * asked (false).
     */
    boolean[] answers(CaptionText text, Set<Tag> skip) {
        List<TextRule> textRules = rules.textRules();
        int[][] inWords = words.candidates(text.wordIndex());
        int[][] inHashtags = hashtags.candidates(text.hashtagIndex());
        boolean[] answers = new boolean[textRules.size()];
        EnumSet<Tag> found = skip.isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(skip);
        for (int r = 0; r < textRules.size(); r++) {
            TextRule rule = textRules.get(r);
            if (found.contains(rule.tag())) {
                continue;
            }
            int[][] in = rule.target() == TextRule.Target.HASHTAGS ? inHashtags : inWords;
            int[] candidates = rule.triggers() == null ? null : in[r];
            int[] exceptCandidates = rule.exceptTriggers() == null ? null : in[textRules.size() + r];
            answers[r] = rule.matches(text, candidates, exceptCandidates);
            if (answers[r] && skip != NO_SKIP) {
                found.add(rule.tag());
            }
        }
        return answers;
    }

    /** Pass to {@link #answers} to ask every rule (tests compare each rule with its reference). */
    static final Set<Tag> NO_SKIP = Collections.unmodifiableSet(EnumSet.noneOf(Tag.class));

    private void tagLinks(CaptionText text, Set<Tag> tags) {
        for (Links.HostPath link : text.links()) {
            rules.linkRules().stream()
                    .filter(rule -> rule.matches(link))
                    .findFirst()
                    .ifPresent(rule -> tags.add(rule.tag()));
        }
    }
}

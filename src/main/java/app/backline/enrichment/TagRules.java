package app.backline.enrichment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The tagging rules, read from a rules text (by default the resource {@code tag-rules.txt} beside this class,
 * whose header documents the format). Immutable and safe to share; every pattern is compiled when the rules
 * are read.
 *
 * @param textRules rules on words, dates and hashtags, in the order written
 * @param linkRules link rules, most specific first (see {@link LinkRule})
 */
record TagRules(List<TextRule> textRules, List<LinkRule> linkRules) {

    /** Name of the default rules resource, beside this class. */
    static final String DEFAULT_RESOURCE = "tag-rules.txt";

    TagRules {
        textRules = List.copyOf(textRules);
        linkRules = linkRules.stream().sorted(LinkRule.MOST_SPECIFIC_FIRST).toList();
    }

    /** The rules shipped with the app. */
    static TagRules defaults() {
        try (InputStream in = TagRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Rules from a rules text.
     *
     * @param name shown in error messages and rule sources
     * @throws IllegalArgumentException naming the line of the first mistake
     */
    static TagRules parse(String name, String text) {
        return new TagRuleParser(name).parse(text);
    }
}

package app.backline.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tagger's shortcuts (trigger words, exception triggers, {@code when:} tests) never change a result: every
 * rule gives the same answer as the same rule tried everywhere, on the labelled captions and on thousands of
 * captions built from the rules' own phrases with the separators, cases, symbols and glue the phrase
 * language allows.
 */
class TagShortcutsTest {

    private static final String[] GLUE = {" ", " ", "-", "_", "", " #", " @", "\n", ", ", " (", "'", "."};
    private static final String[] FILLER = {"the", "we", "Last", "night", "in", "at", "Berlin", "12", "May",
        "3/14", "Fri", "out", "on", "🎉", "—", "LIVE", "Sala", "de", "the", "tour", "à", "été", "ß", "2024"};

    private final TagRules rules = TagRules.defaults();

    @Test
    void labelledCaptionsGetTheSameAnswerFromEveryRule() {
        for (LabelledCaptions.Labelled labelled : LabelledCaptions.all()) {
            assertSameAnswers(labelled.caption());
        }
    }

    @Test
    void captionsMadeOfTheRulesOwnPhrasesGetTheSameAnswerFromEveryRule() throws IOException {
        List<String> phrases = phrases();
        SplittableRandom random = new SplittableRandom(42);
        int tagged = 0;
        for (int i = 0; i < 4000; i++) {
            String caption = caption(random, phrases);
            assertSameAnswers(caption);
            tagged += new RuleTagger(rules).tag(caption, null).size();
        }
        assertThat(tagged).as("the generated captions exercise the rules").isGreaterThan(4000);
    }

    private void assertSameAnswers(String caption) {
        CaptionText text = CaptionText.of(caption, null);
        boolean[] answers = new RuleTagger(rules).answers(text, RuleTagger.NO_SKIP);
        for (int r = 0; r < answers.length; r++) {
            TextRule rule = rules.textRules().get(r);
            assertThat(answers[r]).as(rule.source() + " on: " + caption)
                    .isEqualTo(rule.matchesWithoutShortcuts(text));
        }
    }

    private static String caption(SplittableRandom random, List<String> phrases) {
        StringBuilder s = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int p = 0; p < parts; p++) {
            s.append(GLUE[random.nextInt(GLUE.length)]);
            if (random.nextInt(3) == 0) {
                s.append(FILLER[random.nextInt(FILLER.length)]);
                continue;
            }
            String phrase = phrases.get(random.nextInt(phrases.size()));
            for (String word : phrase.split("[\\s-]+")) {
                String w = word.endsWith("*") ? word.substring(0, word.length() - 1)
                        + (random.nextBoolean() ? "s" : "") : word;
                w = switch (random.nextInt(4)) {
                    case 0 -> w.toUpperCase(Locale.ROOT);
                    case 1 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> w;
                };
                s.append(w).append(GLUE[random.nextInt(3)]);
            }
        }
        return s.toString();
    }

    /** Every phrase of every words rule in the shipped rules text, exceptions and modifiers included. */
    private static List<String> phrases() throws IOException {
        List<String> phrases = new ArrayList<>();
        try (InputStream in = TagRules.class.getResourceAsStream(TagRules.DEFAULT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean words = false;
            for (String line : text.split("\\R")) {
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                    words = line.matches("\\w+ (words|hashtags) .*");
                } else if (words && !line.isBlank()) {
                    String body = line.strip().replaceFirst("^(except|unless|needs):", "");
                    for (String phrase : body.split("\\|")) {
                        if (!phrase.isBlank()) {
                            phrases.add(phrase.strip());
                        }
                    }
                }
            }
        }
        return phrases;
    }
}

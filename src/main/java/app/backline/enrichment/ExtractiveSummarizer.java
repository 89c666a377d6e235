package app.backline.enrichment;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The default {@link Summarizer}: the caption's first one or two sentences, after {@link CaptionCleaner} took
 * out links, trailing hashtags, reply mentions and emoji-only lines. Each line of the caption ends a sentence
 * (captions break lines where prose would put a full stop); within a line, sentences are found with
 * {@link BreakIterator} in the caption's locale. A first sentence longer than the limit is cut at a word
 * boundary and ends with "…", the only character a summary ever adds. Two sentences of one line keep the
 * caption's own spacing between them (none in Chinese or Japanese); a line break becomes one space.
 * Stateless and thread-safe.
 */
public final class ExtractiveSummarizer implements Summarizer {

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private final CaptionCleaner cleaner = new CaptionCleaner();
    private final SummaryClipper clipper = new SummaryClipper();
    private final int maxLength;
    private final int maxSentences;

    /** At most {@link Summarizer#MAX_LENGTH} characters and two sentences. */
    public ExtractiveSummarizer() {
        this(MAX_LENGTH, 2);
    }

    /**
     * @param maxLength    at most this many UTF-16 characters, the ellipsis included (at least 2)
     * @param maxSentences at most this many sentences (at least 1)
     */
    public ExtractiveSummarizer(int maxLength, int maxSentences) {
        if (maxLength < 2 || maxSentences < 1) {
            throw new IllegalArgumentException("maxLength >= 2 and maxSentences >= 1 required");
        }
        this.maxLength = maxLength;
        this.maxSentences = maxSentences;
    }

    @Override
    public String summarize(String caption, Locale locale) {
        Locale where = locale == null ? Locale.ROOT : locale;
        List<String> pieces = firstSentences(caption, where);
        if (pieces.isEmpty()) {
            return "";
        }
        String summary = clipper.clip(pieces.get(0).strip(), maxLength, where);
        StringBuilder joined = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size() && !summary.endsWith(SummaryClipper.ELLIPSIS); i++) {
            String longer = joined.append(pieces.get(i)).toString().strip();
            if (longer.length() > maxLength) {
                break;
            }
            summary = longer;
        }
        return summary;
    }

    /**
     * The first sentences as pieces that concatenate to the caption's own text: within a line a piece keeps the
     * space that followed it (or none, as in Chinese or Japanese); a piece that starts a new line starts with
     * one space, standing for the line break.
     */
    private List<String> firstSentences(String caption, Locale locale) {
        List<String> pieces = new ArrayList<>();
        for (String line : cleaner.lines(caption)) {
            BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
            iterator.setText(line);
            boolean lineStart = true;
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = line.substring(start, end);
                if (!LETTER_OR_DIGIT.matcher(sentence).find()) {
                    continue;
                }
                pieces.add(lineStart && !pieces.isEmpty() ? " " + sentence : sentence);
                lineStart = false;
                if (pieces.size() == maxSentences) {
                    return pieces;
                }
            }
        }
        return pieces;
    }
}

package app.backline.enrichment;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Platform;
import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds hashtags, mentions and links in a caption with Twitter's reference rules (twitter-text).
 * Stateless after construction and safe to share between threads.
 */
public final class CaptionEntityExtractor {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private final Extractor extractor = new Extractor();

    /**
     * Entities of a caption with X's rules.
     *
     * @param caption any text, {@code null} or blank gives {@link CaptionEntities#NONE}
     * @return hashtags without {@code #} and mentions without {@code @} (first spelling kept when the same
     *         word recurs in another case), links as absolute URLs ({@code https://} added when the text
     *         had no scheme); each list in order of appearance, without duplicates
     */
    public CaptionEntities extract(String caption) {
        return extract(caption, Platform.X);
    }

    /**
     * Like {@link #extract(String)}, with one platform rule on top: Instagram user names may contain
     * dots ({@code @max.orenstein}), which X's mention rule would cut at the first dot.
     */
    public CaptionEntities extract(String caption, Platform platform) {
        if (caption == null || caption.isBlank()) {
            return CaptionEntities.NONE;
        }
        List<String> mentions = platform == Platform.INSTAGRAM
                ? instagramMentions(caption)
                : extractor.extractMentionedScreennames(caption);
        return new CaptionEntities(
                distinctIgnoringCase(extractor.extractHashtags(caption)),
                distinctIgnoringCase(mentions),
                absoluteLinks(extractor.extractURLs(caption)));
    }

    private List<String> instagramMentions(String caption) {
        List<String> names = new ArrayList<>();
        for (Extractor.Entity mention : extractor.extractMentionedScreennamesWithIndices(caption)) {
            int end = mention.getEnd();
            while (end < caption.length() && isInstagramNameChar(caption.charAt(end))) {
                end++;
            }
            String name = caption.substring(mention.getStart() + 1, end);
            while (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            names.add(name);
        }
        return names;
    }

    private static boolean isInstagramNameChar(char c) {
        return c == '.' || c == '_' || (c < 0x80 && Character.isLetterOrDigit(c));
    }

    private static List<String> distinctIgnoringCase(List<String> values) {
        Map<String, String> firstByKey = new LinkedHashMap<>();
        for (String value : values) {
            firstByKey.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        return List.copyOf(firstByKey.values());
    }

    private static List<String> absoluteLinks(List<String> urls) {
        Set<String> links = new LinkedHashSet<>();
        for (String url : urls) {
            links.add(HAS_SCHEME.matcher(url).find() ? url : "https://" + url);
        }
        return List.copyOf(links);
    }
}

package app.backline.enrichment;

import app.backline.domain.CaptionEntities;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caption prepared once for all the rules: links taken out of the text and split into host and path,
 * the rest folded (see {@link TextFolding}), hashtags collected. Hashtags that only the entities carry are
 * added to the text as a last line, since hashtags count as words.
 *
 * @param words    folded, lower-case text without links
 * @param cased    folded text without links, capitals kept
 * @param hashtags folded hashtags without {@code #} and underscores, separated by single spaces
 * @param links    every link of the caption and of its entities
 * @param wordIndex the words of {@code words} (also what {@code cased} rules see, lower-cased)
 * @param hashtagIndex the words of {@code hashtags}
 */
record CaptionText(String words, String cased, String hashtags, List<Links.HostPath> links, WordStarts wordIndex,
                   WordStarts hashtagIndex) {

    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    CaptionText {
        links = List.copyOf(links);
    }

    /**
     * Prepares {@code caption}; {@code entities} add the links and hashtags a platform or the extractor found
     * (links the platform expanded are not in the text).
     */
    static CaptionText of(String caption, CaptionEntities entities) {
        String text = caption == null ? "" : caption;
        CaptionEntities found = entities == null ? CaptionEntities.NONE : entities;
        String withoutLinks = Links.remove(removeLiterally(text, found.links()), " ");
        String cased = TextFolding.foldKeepCase(withoutLinks + hashtagsNotInText(text, found.hashtags()));
        String words = cased.toLowerCase(Locale.ROOT);
        String hashtags = hashtags(text, found.hashtags());
        return new CaptionText(words, cased, hashtags, links(text, found.links()), WordStarts.of(words),
                WordStarts.of(hashtags));
    }

    /** The words of the form of the caption a rule reads, for its trigger shortcut. */
    WordStarts words(TextRule.Target target) {
        return target == TextRule.Target.HASHTAGS ? hashtagIndex : wordIndex;
    }

    /** The form of the caption a rule reads. */
    String read(TextRule.Target target) {
        return switch (target) {
            case WORDS -> words;
            case CASED -> cased;
            case HASHTAGS -> hashtags;
        };
    }

    private static String removeLiterally(String text, List<String> links) {
        String result = text;
        for (String link : links) {
            String bare = SCHEME.matcher(link).replaceFirst("");
            if (!bare.isBlank()) {
                result = result.replace(link, " ").replace(bare, " ");
            }
        }
        return result;
    }

    /** Hashtags a platform reports but the text lacks, as a last line, so that word rules see them too. */
    private static String hashtagsNotInText(String text, List<String> fromEntities) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder missing = new StringBuilder();
        for (String tag : fromEntities) {
            if (!lower.contains("#" + tag.toLowerCase(Locale.ROOT))) {
                missing.append(missing.isEmpty() ? "\n" : " ").append('#').append(tag);
            }
        }
        return missing.toString();
    }

    private static String hashtags(String text, List<String> fromEntities) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : fromEntities) {
            tags.add(foldHashtag(tag));
        }
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            tags.add(foldHashtag(m.group(1)));
        }
        return String.join(" ", tags);
    }

    private static String foldHashtag(String tag) {
        return TextFolding.fold(tag).replace("_", "");
    }

    private static List<Links.HostPath> links(String text, List<String> fromEntities) {
        Set<String> all = new LinkedHashSet<>(fromEntities);
        all.addAll(Links.findIn(text));
        List<Links.HostPath> result = new ArrayList<>();
        for (String link : all) {
            result.add(Links.split(link));
        }
        return result;
    }
}

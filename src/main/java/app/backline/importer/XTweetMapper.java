package app.backline.importer;

import app.backline.domain.LanguageCodes;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of an X archive's {@code tweets.js} as a post. Every entry is a post: replies (an
 * {@code in_reply_to_status_id_str}) and reposts ({@code full_text} starting {@code RT @}) are marked,
 * not dropped. Caption entities come from the archive's {@code entities} (links expanded), falling back
 * to the extractor when the entry has none. Media come from {@code extended_entities} through
 * {@link XMediaMapper}.
 */
final class XTweetMapper {

    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    private final CaptionEntityExtractor extractor;
    private final XMediaMapper media = new XMediaMapper();

    XTweetMapper(CaptionEntityExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param entry     an element of the tweets array: {@code {"tweet": {...}}} or, in early archives,
     *                  the tweet object itself
     * @param userName  the archive owner's user name for permalinks, {@code null} when unknown
     * @param mediaDirs folders (entry names) where the archive keeps tweet media
     * @return empty when the entry has no usable id or creation time
     */
    Optional<ArchivePost> map(JsonNode entry, String userName, List<String> mediaDirs) {
        JsonNode tweet = entry.has("tweet") ? entry.get("tweet") : entry;
        String id = JsonFields.firstText(tweet, "id_str", "id");
        Instant postedAt = createdAt(JsonFields.text(tweet, "created_at"));
        if (id == null || !id.chars().allMatch(Character::isDigit) || postedAt == null) {
            return Optional.empty();
        }
        String caption = unescapeHtml(Optional.ofNullable(JsonFields.firstText(tweet, "full_text", "text"))
                .orElse(""));
        List<MediaRef> refs = media.map(tweet, id, mediaDirs);
        PostDraft draft = new PostDraft(Platform.X, id, permalink(userName, id), caption, MediaRef.postType(refs),
                postedAt, new Metrics(JsonFields.number(tweet, "favorite_count"), null,
                        JsonFields.number(tweet, "retweet_count"), null),
                entities(tweet, caption),
                JsonFields.firstText(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id") != null,
                caption.startsWith("RT @"), LanguageCodes.toIso6391(JsonFields.text(tweet, "lang")), null,
                IngestSource.IMPORT, List.of());
        return Optional.of(new ArchivePost(draft, refs));
    }

    /** {@code https://x.com/<userName>/status/<id>}, or {@code https://x.com/i/status/<id>} without a name. */
    static String permalink(String userName, String id) {
        return "https://x.com/" + (userName == null ? "i" : userName) + "/status/" + id;
    }

    /** X writes {@code <}, {@code >} and {@code &} as HTML entities in archive text. */
    static String unescapeHtml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Instant createdAt(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private CaptionEntities entities(JsonNode tweet, String caption) {
        JsonNode entities = tweet.get("entities");
        if (entities == null || !entities.isObject()) {
            return extractor.extract(caption);
        }
        return new CaptionEntities(
                values(entities.path("hashtags"), true, "text"),
                values(entities.path("user_mentions"), true, "screen_name"),
                values(entities.path("urls"), false, "expanded_url", "url"));
    }

    /** Distinct values in order; hashtags and handles compare ignoring case, links exactly. */
    private static List<String> values(JsonNode array, boolean ignoreCase, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            String value = JsonFields.firstText(item, fields);
            boolean seen = value != null
                    && out.stream().anyMatch(v -> ignoreCase ? v.equalsIgnoreCase(value) : v.equals(value));
            if (value != null && !seen) {
                out.add(value);
            }
        }
        return out;
    }
}

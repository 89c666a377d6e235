package app.backline.persistence.entity;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Media;
import app.backline.domain.Metrics;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Converts between {@link PostEntity} rows and the domain's {@link PostDraft} / {@link Post} records. */
public final class PostMapper {

    private static final int MAX_CAPTION = 65000;

    private PostMapper() {
    }

    /**
     * A new row for a draft; {@code externalPostId} already resolved by the caller.
     *
     * @param ingestRunId the journal row of the ingest that inserts it (crash recovery removes the rows of an
     *                    interrupted run)
     */
    public static PostEntity newEntity(long artistId, long accountId, String externalPostId, PostDraft draft,
                                       Instant now, long ingestRunId) {
        PostEntity e = new PostEntity();
        e.ingestRunId = ingestRunId;
        e.artistId = artistId;
        e.accountId = accountId;
        e.platform = draft.platform();
        e.externalPostId = externalPostId;
        e.ingestSource = draft.ingestSource();
        e.tags = "";
        apply(e, draft, now);
        return e;
    }

    /**
     * Copies a draft's content onto an existing row. Identity, owner, tags, summary and the first
     * ingest source are kept; values the draft does not know (null permalink, metrics, language) keep
     * what the row had, so a metric-less archive never wipes counts a sync fetched.
     *
     * @return whether anything changed
     */
    public static boolean apply(PostEntity e, PostDraft d, Instant now) {
        List<Object> before = fingerprint(e);
        e.permalink = d.permalink() != null ? d.permalink() : e.permalink;
        e.caption = truncate(d.caption());
        e.mediaType = d.mediaType();
        e.postedAt = d.postedAt();
        Metrics m = d.metrics();
        e.likes = m.likes() != null ? m.likes() : e.likes;
        e.comments = m.comments() != null ? m.comments() : e.comments;
        e.shares = m.shares() != null ? m.shares() : e.shares;
        e.views = m.views() != null ? m.views() : e.views;
        e.hashtags = join(d.entities().hashtags());
        e.mentions = join(d.entities().mentions());
        e.links = join(d.entities().links());
        e.language = d.language() != null ? d.language() : e.language;
        e.visibility = d.visibility() != null ? d.visibility() : e.visibility;
        e.reply = d.reply();
        e.repost = d.repost();
        e.searchText = searchText(e.caption, d.entities());
        e.engagement = new Metrics(e.likes, e.comments, e.shares, e.views).engagement();
        e.viewsRank = e.views == null ? -1 : e.views;
        if (!d.tags().isEmpty() && !e.tagsManual) {
            e.tags = joinTags(d.tags());
        }
        e.summary = d.summary() != null ? d.summary() : e.summary;
        boolean changed = !before.equals(fingerprint(e));
        if (changed || e.fetchedAt == null) {
            e.fetchedAt = now;
        }
        return changed;
    }

    public static Post toDomain(PostEntity e, String handle, List<Media> media) {
        return new Post(e.id, e.artistId, e.accountId, handle, e.platform, e.externalPostId, e.permalink,
                e.caption, e.mediaType, e.postedAt, e.fetchedAt,
                new Metrics(e.likes, e.comments, e.shares, e.views),
                new CaptionEntities(splitShared(e.hashtags), splitShared(e.mentions), split(e.links)),
                tags(e.tags), e.summary, shared(e.language), shared(e.visibility), e.ingestSource, e.reply, e.repost,
                media);
    }

    /**
     * One instance per distinct value for what repeats across thousands of posts (language codes, visibility,
     * an artist's usual hashtags and mentions): a long feed scrolled to its end keeps every post it read.
     */
    private static String shared(String value) {
        return value == null ? null : value.intern();
    }

    private static List<String> splitShared(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        String[] values = joined.split("\n");
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i].intern();
        }
        return List.of(values);
    }

    /**
     * HQL select list (alias {@code p}) of the columns a {@link Post} shows, in the order {@link #toDomain(Object[],
     * String, List)} reads them: reading these instead of the entity skips the search text, a second copy of
     * the caption, and the entity instances.
     */
    public static final String POST_COLUMNS = "p.id, p.artistId, p.accountId, p.platform, p.externalPostId, "
            + "p.permalink, p.caption, p.mediaType, p.postedAt, p.fetchedAt, p.likes, p.comments, p.shares, p.views, "
            + "p.hashtags, p.mentions, p.links, p.tags, p.summary, p.language, p.visibility, p.ingestSource, p.reply, "
            + "p.repost";

    /** A post from a row selected with {@link #POST_COLUMNS}. */
    public static Post toDomain(Object[] r, String handle, List<Media> media) {
        return new Post((Long) r[0], (Long) r[1], (Long) r[2], handle, (app.backline.domain.Platform) r[3],
                (String) r[4], (String) r[5], (String) r[6], (app.backline.domain.MediaType) r[7], (Instant) r[8],
                (Instant) r[9], new Metrics((Long) r[10], (Long) r[11], (Long) r[12], (Long) r[13]),
                new CaptionEntities(split((String) r[14]), split((String) r[15]), split((String) r[16])),
                tags((String) r[17]), (String) r[18], (String) r[19], (String) r[20],
                (app.backline.domain.IngestSource) r[21], (Boolean) r[22], (Boolean) r[23], media);
    }

    /** Lower-cased text the feed's free-text filter matches against. */
    static String searchText(String caption, CaptionEntities entities) {
        return (caption + "\n" + String.join(" ", entities.hashtags()) + "\n"
                + String.join(" ", entities.mentions())).toLowerCase(Locale.ROOT);
    }

    private static List<Object> fingerprint(PostEntity e) {
        return Arrays.asList(e.permalink, e.caption, e.mediaType, e.postedAt, e.likes, e.comments, e.shares,
                e.views, e.hashtags, e.mentions, e.links, e.language, e.visibility, e.reply, e.repost, e.tags,
                e.summary);
    }

    private static String truncate(String caption) {
        return caption.length() <= MAX_CAPTION ? caption : caption.substring(0, MAX_CAPTION);
    }

    private static String join(List<String> values) {
        return String.join("\n", values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    /** Tags in declaration order, comma-separated, as the {@code tags} column holds them. */
    public static String joinTags(Set<Tag> tags) {
        return tags.stream().sorted().map(Tag::name).collect(Collectors.joining(","));
    }

    private static Set<Tag> tags(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(Tag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Tag.class)));
    }
}

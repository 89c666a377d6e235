package app.backline.testing;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.time.Instant;
import java.util.List;

/** Small, readable post drafts for tests. */
public final class Drafts {

    private Drafts() {
    }

    public static PostDraft post(Platform platform, String id, String caption, Instant at) {
        return new PostDraft(platform, id, platform == Platform.X ? "https://x.com/a/status/" + id : null,
                caption, MediaType.TEXT, at, new Metrics(1L, null, 2L, null), CaptionEntities.NONE, false, false,
                null, null, IngestSource.IMPORT, List.of());
    }

    public static PostDraft withMedia(PostDraft d, Media... media) {
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(),
                media.length > 1 ? MediaType.CAROUSEL : media[0].type(), d.postedAt(), d.metrics(), d.entities(),
                d.reply(), d.repost(), d.language(), d.visibility(), d.ingestSource(), List.of(media));
    }

    public static PostDraft withMetrics(PostDraft d, Metrics metrics) {
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), d.mediaType(),
                d.postedAt(), metrics, d.entities(), d.reply(), d.repost(), d.language(), d.visibility(),
                d.ingestSource(), d.media());
    }

    public static PostDraft reply(PostDraft d) {
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), d.mediaType(),
                d.postedAt(), d.metrics(), d.entities(), true, false, d.language(), d.visibility(),
                d.ingestSource(), d.media());
    }
}

package app.backline.export;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Media;
import app.backline.domain.Metrics;
import app.backline.domain.Post;
import app.backline.domain.Tag;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The one mapping from a stored {@link Post} to an {@link ExportRow}, shared by every export format. */
final class ExportRowMapper {

    private final Path dataDir;

    /** @param dataDir the data directory that {@link Media#localPath()} is relative to */
    ExportRowMapper(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    ExportRow toRow(String artistName, Post post) {
        CaptionEntities entities = post.entities() == null ? CaptionEntities.NONE : post.entities();
        Metrics metrics = post.metrics() == null ? Metrics.NONE : post.metrics();
        return new ExportRow(
                artistName,
                post.platform().key(),
                post.handle(),
                post.externalPostId(),
                post.permalink(),
                post.caption() == null ? "" : post.caption(),
                DateTimeFormatter.ISO_INSTANT.format(post.postedAt()),
                post.mediaType().name(),
                post.media().stream().map(this::toMediaRow).toList(),
                entities.hashtags(),
                entities.mentions(),
                entities.links(),
                tagKeys(post),
                post.summary(),
                post.language(),
                post.ingestSource().name(),
                post.reply(),
                post.repost(),
                new ExportRow.MetricsRow(metrics.likes(), metrics.comments(), metrics.shares(), metrics.views()));
    }

    private ExportRow.MediaRow toMediaRow(Media media) {
        String local = media.localPath() == null || media.localPath().isBlank()
                ? null
                : dataDir.resolve(media.localPath()).normalize().toString();
        return new ExportRow.MediaRow(media.type().name(), media.remoteUrl(), local);
    }

    private static List<String> tagKeys(Post post) {
        return post.tags().stream().map(Tag::key).sorted().toList();
    }
}

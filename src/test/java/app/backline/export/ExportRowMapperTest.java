package app.backline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.Tag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportRowMapperTest {

    private final Path dataDir = Path.of("/data/backline");

    private static Post post(Set<Tag> tags, List<Media> media) {
        return new Post(1, 2, 3, null, Platform.LINKEDIN, "urn:li:share:9", null, "caption", MediaType.CAROUSEL,
                Instant.parse("2026-11-22T08:15:30.250Z"), Instant.now(), null, null, tags, "A summary", "de",
                null, IngestSource.POLL, false, true, media);
    }

    @Test
    void mapsTagsEnumsTimesAndMissingMetrics() {
        ExportRow row = new ExportRowMapper(dataDir).toRow("Ada",
                post(Set.of(Tag.SHOW, Tag.MERCH, Tag.RELEASE), List.of()));
        assertEquals(List.of("merch", "release", "show"), row.tags());
        assertEquals("linkedin", row.platform());
        assertEquals("CAROUSEL", row.mediaType());
        assertEquals("POLL", row.ingestSource());
        assertEquals("2026-11-22T08:15:30.250Z", row.postedAt());
        assertEquals(new ExportRow.MetricsRow(null, null, null, null), row.metrics());
        assertEquals(CaptionEntities.NONE.hashtags(), row.hashtags());
        assertNull(row.handle());
        assertEquals(true, row.isRepost());
    }

    @Test
    void resolvesLocalCopiesAgainstTheDataDirectory() {
        ExportRow row = new ExportRowMapper(dataDir).toRow("Ada", post(Set.of(), List.of(
                new Media(MediaType.IMAGE, "https://cdn.example/a.jpg", "media/linkedin/a.jpg"),
                new Media(MediaType.GIF, null, null))));
        assertEquals(new ExportRow.MediaRow("IMAGE", "https://cdn.example/a.jpg",
                dataDir.resolve("media/linkedin/a.jpg").toAbsolutePath().toString()), row.media().get(0));
        assertEquals(new ExportRow.MediaRow("GIF", null, null), row.media().get(1));
    }
}

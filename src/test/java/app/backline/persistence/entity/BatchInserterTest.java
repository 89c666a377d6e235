package app.backline.persistence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.CaptionEntities;
import app.backline.domain.ConnectionType;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch inserter writes every mapped column, the mapping covers every column of the tables, and what it
 * writes reads back through Hibernate as the draft that went in.
 */
class BatchInserterTest {

    @TempDir
    Path dir;

    @Test
    void everyColumnOfTheTablesIsMappedAndWritten() throws Exception {
        Path base = dir.resolve("store/backline");
        Database.open(base).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "")) {
            assertThat(mapped(PostEntity.class)).isEqualTo(tableColumns(c, "POST"));
            assertThat(mapped(MediaItemEntity.class)).isEqualTo(tableColumns(c, "MEDIA_ITEM"));
        }
    }

    @Test
    void insertedPostsAndMediaReadBackAsTheDraftsThatWentIn() {
        Instant at = Instant.parse("2025-03-04T05:06:07.123456Z");
        PostDraft full = new PostDraft(Platform.INSTAGRAM, "17890001", "https://instagram.example/p/1",
                "Tour starts in Berlin #tour @lido", MediaType.CAROUSEL, at, new Metrics(10L, 2L, null, 900L),
                new CaptionEntities(List.of("tour"), List.of("lido"), List.of("https://t.example/x")), false, true,
                "de", "PUBLIC", IngestSource.IMPORT,
                List.of(new Media(MediaType.IMAGE, "https://cdn.example/a.jpg", null),
                        new Media(MediaType.VIDEO, "https://cdn.example/b.mp4", null)))
                .withEnrichment(Set.of(Tag.SHOW), "Tour starts in Berlin");
        PostDraft bare = new PostDraft(Platform.INSTAGRAM, "17890002", null, "", MediaType.TEXT, at.minusSeconds(60),
                Metrics.NONE, CaptionEntities.NONE, true, false, null, null, IngestSource.IMPORT, List.of());
        try (Database db = Database.open(dir.resolve("rt/backline"))) {
            var result = db.posts().ingest(new IngestBatch(ArtistRef.byName("Mila"),
                    new AccountIdentity(Platform.INSTAGRAM, null, "mila", null), ConnectionType.IMPORT,
                    List.of(full, bare)), Progress.NONE);
            assertThat(result.added()).isEqualTo(2);
            List<Post> posts = db.posts().page(result.artistId(), PostFilter.all(), null, 10).posts();
            assertThat(posts).hasSize(2);
            Post first = posts.get(0);
            assertThat(first.externalPostId()).isEqualTo("17890001");
            assertThat(first.postedAt()).isEqualTo(at);
            assertThat(first.caption()).isEqualTo(full.caption());
            assertThat(first.metrics()).isEqualTo(full.metrics());
            assertThat(first.media()).extracting(Media::type, Media::remoteUrl).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MediaType.IMAGE, "https://cdn.example/a.jpg"),
                    org.assertj.core.groups.Tuple.tuple(MediaType.VIDEO, "https://cdn.example/b.mp4"));
            assertThat(first.tags()).containsExactly(Tag.SHOW);
            assertThat(first.language()).isEqualTo("de");
            assertThat(first.repost()).isTrue();
            Post second = posts.get(1);
            assertThat(second.permalink()).isNull();
            assertThat(second.metrics()).isEqualTo(Metrics.NONE);
            assertThat(second.reply()).isTrue();
            assertThat(second.media()).isEmpty();
        }
    }

    private static Set<String> mapped(Class<?> type) {
        Set<String> names = new HashSet<>();
        names.add("ID");
        for (Field f : type.getDeclaredFields()) {
            Column column = f.getAnnotation(Column.class);
            if (column != null) {
                names.add(column.name().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static Set<String> tableColumns(Connection c, String table) throws Exception {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        assertThat(names).as(table + " columns: " + Arrays.toString(names.toArray())).isNotEmpty();
        return names;
    }
}

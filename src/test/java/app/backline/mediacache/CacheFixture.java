package app.backline.mediacache;

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
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import app.backline.platform.MediaDownloader;
import app.backline.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** A real H2 store in a temp data directory, a loopback image server, and a clock the test moves. */
final class CacheFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    final Path dataDir;
    final Database db;
    final ImageServer cdn;
    final MutableClock clock = new MutableClock(NOW);
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(2, TimeUnit.SECONDS).build();
    private long artistId;

    CacheFixture(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.db = Database.open(dataDir.resolve("store").resolve("backline"));
        this.cdn = new ImageServer();
    }

    MediaCacheService service(MediaCacheSettings settings) {
        return new MediaCacheService(db.mediaCache(), new MediaDownloader(http), dataDir, settings, clock);
    }

    /** A synced Instagram post with one media item of the given type and remote URL. */
    void synced(String id, Instant postedAt, MediaType type, String remoteUrl) {
        ingest(ConnectionType.MANUAL, draft(id, postedAt, IngestSource.POLL, new Media(type, remoteUrl, null)));
    }

    /** An imported post whose media was copied from the archive to {@code localPath}. */
    void imported(String id, Instant postedAt, String remoteUrl, String localPath) {
        ingest(ConnectionType.IMPORT, draft(id, postedAt, IngestSource.IMPORT,
                new Media(MediaType.IMAGE, remoteUrl, localPath)));
    }

    Post post(String id) {
        List<Post> all = db.posts().page(artistId, PostFilter.all(), null, 1000).posts();
        return all.stream().filter(p -> p.externalPostId().equals(id)).findFirst().orElseThrow();
    }

    String localPath(String id) {
        return post(id).media().get(0).localPath();
    }

    /** {@code fetch_attempts} and {@code fetch_error} of the post's first media row, read with plain JDBC. */
    String fetchState(String id) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("store").resolve("backline").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement st = c.prepareStatement("select m.fetch_attempts, m.fetch_error from media_item m"
                     + " join post p on p.id = m.post_id where p.external_post_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1) + " " + rs.getString(2);
            }
        }
    }

    private void ingest(ConnectionType type, PostDraft draft) {
        artistId = db.posts().ingest(new IngestBatch(ArtistRef.byName("Nova"),
                new AccountIdentity(Platform.INSTAGRAM, "17841400000000001", "nova", null), type,
                List.of(draft)), Progress.NONE).artistId();
    }

    private static PostDraft draft(String id, Instant postedAt, IngestSource source, Media media) {
        return new PostDraft(Platform.INSTAGRAM, id, "https://www.instagram.com/p/" + id + "/", "caption " + id,
                media.type(), postedAt, new Metrics(1L, 0L, null, null), CaptionEntities.NONE, false, false, "en",
                null, source, List.of(media));
    }

    @Override
    public void close() {
        cdn.close();
        db.close();
    }
}

package app.backline.export;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.Artist;
import app.backline.domain.ArtistRef;
import app.backline.domain.CaptionEntities;
import app.backline.domain.ConnectionType;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import java.time.Instant;
import java.util.List;

/** Seeds a real store with posts whose captions and fields stress both export formats. */
public final class ExportFixtures {

    public static final String ARTIST = "Ada Lovelace";
    public static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    /** Quotes, commas, a CRLF and an LF, an emoji outside the BMP, a pipe, non-Latin letters. */
    public static final String TRICKY_CAPTION =
            "New single \"Engine\", out now!\r\nTour dates:\nBerlin, Köln 🎹🔥 | 東京 #engine @babbage";

    private ExportFixtures() {
    }

    /** Seeds {@link #ARTIST} with 3 X posts (one tricky, one reply), 2 TikTok videos and one other artist's post. */
    public static Artist seed(Database db) {
        ingest(db, ARTIST, new AccountIdentity(Platform.X, "42", "ada", null), List.of(
                xPost("1001", "first post", T0, Metrics.NONE, false),
                new PostDraft(Platform.X, "1002", "https://x.com/ada/status/1002", TRICKY_CAPTION, MediaType.TEXT,
                        T0.plusSeconds(3600), new Metrics(10L, 2L, 3L, null),
                        new CaptionEntities(List.of("engine"), List.of("babbage"), List.of("https://ada.example/tour")),
                        false, false, "en", null, IngestSource.IMPORT, List.of()),
                xPost("1003", "@babbage agreed", T0.plusSeconds(7200), new Metrics(1L, 0L, 0L, null), true)));
        ingest(db, ARTIST, new AccountIdentity(Platform.TIKTOK, "77", "ada.tok", null), List.of(
                tiktok("7001", T0.plusSeconds(1800), new Media(MediaType.VIDEO, "https://cdn.example/7001.mp4",
                        "media/tiktok/7001.mp4")),
                tiktok("7002", T0.plusSeconds(5400), new Media(MediaType.VIDEO, null, null))));
        ingest(db, "Charles Babbage", new AccountIdentity(Platform.X, "43", "charles", null),
                List.of(xPost("2001", "not Ada's", T0.plusSeconds(9999), Metrics.NONE, false)));
        return db.artists().findByName(ARTIST).orElseThrow();
    }

    /** Seeds {@code count} X posts one minute apart for {@code artist}. */
    public static Artist seedMany(Database db, String artist, int count) {
        List<PostDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(xPost(String.valueOf(5000 + i), "post " + i, T0.plusSeconds(60L * i), Metrics.NONE, false));
        }
        ingest(db, artist, new AccountIdentity(Platform.X, "44", "many", null), drafts);
        return db.artists().findByName(artist).orElseThrow();
    }

    private static void ingest(Database db, String artist, AccountIdentity account, List<PostDraft> drafts) {
        db.posts().ingest(new IngestBatch(ArtistRef.byName(artist), account, ConnectionType.IMPORT, drafts),
                Progress.NONE);
    }

    private static PostDraft xPost(String id, String caption, Instant at, Metrics metrics, boolean reply) {
        return new PostDraft(Platform.X, id, "https://x.com/ada/status/" + id, caption, MediaType.TEXT, at, metrics,
                CaptionEntities.NONE, reply, false, null, null, IngestSource.IMPORT, List.of());
    }

    private static PostDraft tiktok(String id, Instant at, Media media) {
        return new PostDraft(Platform.TIKTOK, id, null, "dance " + id, MediaType.VIDEO, at,
                new Metrics(100L, 5L, 1L, 2000L), CaptionEntities.NONE, false, false, null, null,
                IngestSource.IMPORT, List.of(media));
    }
}

package app.backline.ui;

import app.backline.backup.BackupService;
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
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import app.backline.feed.FeedService;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import app.backline.roster.RosterService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A real H2 store in a temp folder with the services the UI uses, and quick ways to seed posts. */
public final class TestStore implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    private final Database db;
    private final RosterService roster;
    private final FeedService feed;

    public TestStore(Path dir) {
        db = Database.open(dir.resolve("db"));
        roster = new RosterService(db.artists());
        feed = new FeedService(db.posts());
    }

    public RosterService roster() {
        return roster;
    }

    public FeedService feed() {
        return feed;
    }

    /** Backups of this store into {@code folder}, as the app makes them. */
    public BackupService backups(Path folder, Clock clock) {
        return new BackupService(db.snapshots(), folder, clock);
    }

    /** Stores {@code count} posts of the artist on the platform, one an hour before T0, newest first by id. */
    public void seed(String artist, Platform platform, int count, String captionPrefix) {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(post(platform, platform.key() + "-" + captionPrefix + "-" + i, captionPrefix + " number " + i,
                    T0.minusSeconds(3600L * i), false, false));
        }
        ingest(artist, platform, drafts);
    }

    public void ingest(String artist, Platform platform, List<PostDraft> drafts) {
        db.posts().ingest(new IngestBatch(ArtistRef.byName(artist),
                new AccountIdentity(platform, "id-" + artist, artist.toLowerCase().replace(' ', '_'), null),
                ConnectionType.IMPORT, drafts), Progress.NONE);
    }

    public static PostDraft post(Platform platform, String id, String caption, Instant at, boolean reply,
                                 boolean repost) {
        return new PostDraft(platform, id, "https://example.com/p/" + id, caption, MediaType.TEXT, at,
                new Metrics(10L, 2L, null, null), CaptionEntities.NONE, reply, repost, "en", null,
                IngestSource.IMPORT, List.of());
    }

    /** A text post with the given counts and tags, as enrichment would have stored it. */
    public static PostDraft tagged(Platform platform, String id, String caption, Instant at, Metrics metrics,
                                   Tag... tags) {
        return new PostDraft(platform, id, "https://example.com/p/" + id, caption, MediaType.TEXT, at, metrics,
                CaptionEntities.NONE, false, false, "en", null, IngestSource.IMPORT, List.of())
                .withEnrichment(Set.of(tags), caption);
    }

    public static PostDraft withMedia(PostDraft d, Media media) {
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), media.type(),
                d.postedAt(), d.metrics(), new CaptionEntities(List.of("tour"), List.of("band"),
                List.of("https://example.com/tickets")), d.reply(), d.repost(), d.language(), d.visibility(),
                d.ingestSource(), List.of(media));
    }

    @Override
    public void close() {
        db.close();
    }
}

package app.backline.search;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.PostIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A real store in a data folder with its Lucene index beside it, opened the way the app opens them. */
final class SearchStore implements AutoCloseable {

    final Path dataDir;
    final Database db;
    final LucenePostIndex index;

    private SearchStore(Path dataDir, Database db, LucenePostIndex index) {
        this.dataDir = dataDir;
        this.db = db;
        this.index = index;
    }

    static SearchStore open(Path dataDir) {
        return open(dataDir, LucenePostIndex.Tuning.STANDARD);
    }

    static SearchStore open(Path dataDir, LucenePostIndex.Tuning tuning) {
        LucenePostIndex index = LucenePostIndex.open(indexDir(dataDir), tuning);
        return new SearchStore(dataDir, Database.open(base(dataDir), Clock.systemUTC(), index), index);
    }

    /** The store alone, as a program without the index would write it (its changes never reach the index). */
    static Database withoutIndex(Path dataDir) {
        return Database.open(base(dataDir), Clock.systemUTC(), PostIndex.none());
    }

    static Path base(Path dataDir) {
        return dataDir.resolve("store/backline");
    }

    static Path indexDir(Path dataDir) {
        return dataDir.resolve("search-index");
    }

    static IngestResult ingest(Database db, String artist, Platform platform, List<PostDraft> drafts) {
        return db.posts().ingest(new IngestBatch(ArtistRef.byName(artist),
                new AccountIdentity(platform, null, artist.toLowerCase(), null), ConnectionType.IMPORT, drafts),
                Progress.NONE);
    }

    IngestResult ingest(String artist, Platform platform, List<PostDraft> drafts) {
        return ingest(db, artist, platform, drafts);
    }

    SearchStore ready() throws InterruptedException {
        if (!index.awaitReady(Duration.ofSeconds(30))) {
            throw new AssertionError("the search index did not get ready");
        }
        return this;
    }

    @Override
    public void close() {
        db.close();
    }
}

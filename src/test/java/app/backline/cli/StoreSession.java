package app.backline.cli;

import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.importer.ArchiveImportService;
import app.backline.persistence.Database;
import app.backline.roster.RosterService;
import java.nio.file.Path;
import java.time.Clock;

/** A real session over an H2 file store in a test folder, wired as the composition root would. */
final class StoreSession implements CliSession {

    private final Path dataDir;
    private final Database db;
    private final RosterService roster;
    private final FeedService feed;
    private final ExportService exports;
    private final ArchiveImportService imports;

    StoreSession(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
        this.db = Database.open(this.dataDir.resolve("store/backline"));
        this.roster = new RosterService(db.artists());
        this.feed = new FeedService(db.posts());
        this.exports = new ExportService(feed, this.dataDir);
        this.imports = new ArchiveImportService(db.posts(), this.dataDir, new CaptionEntityExtractor(),
                EnrichmentService.standard(), Clock.systemUTC());
    }

    Database database() {
        return db;
    }

    @Override
    public RosterService roster() {
        return roster;
    }

    @Override
    public FeedService feed() {
        return feed;
    }

    @Override
    public ArchiveImportService imports() {
        return imports;
    }

    @Override
    public ExportService exports() {
        return exports;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        db.close();
    }
}

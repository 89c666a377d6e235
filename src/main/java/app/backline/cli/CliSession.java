package app.backline.cli;

import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.importer.ArchiveImportService;
import app.backline.roster.RosterService;
import java.nio.file.Path;
import java.util.List;

/**
 * The services one CLI command needs, over one opened store. Implemented by the composition root
 * ({@code app.AppContext}); the CLI opens at most one per run and closes it when the command ends.
 */
public interface CliSession extends AutoCloseable {

    RosterService roster();

    FeedService feed();

    ArchiveImportService imports();

    ExportService exports();

    /** Plain-words lines the user should read once, e.g. that an interrupted import was undone. */
    default List<String> notices() {
        return List.of();
    }

    /** The data directory in use, absolute. */
    Path dataDir();

    /** Closes the store and releases the data directory's lock; never throws. */
    @Override
    void close();
}

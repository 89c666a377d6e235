package app.backline.cli;

import app.backline.accounts.AccountRegistry;
import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.importer.ArchiveImportService;
import app.backline.roster.RosterService;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The services one CLI command needs, over one opened store. Implemented by the composition root
 * ({@code app.AppContext}); the CLI opens at most one per run and closes it when the command ends.
 */
public interface CliSession extends AutoCloseable {

    RosterService roster();

    FeedService feed();

    ArchiveImportService imports();

    ExportService exports();

    /** Connected accounts: add, list, remove. */
    AccountRegistry accounts();

    /** The sync engine's controls (the run record); it does not poll in a CLI session. */
    SyncControl sync();

    /**
     * One sync run for every connected account, of one artist when {@code artistId} is given, then returns.
     *
     * @return one outcome per account, by artist, platform, handle
     */
    List<SyncOutcome> syncOnce(Long artistId);

    /** Plain-words lines the user should read once, e.g. that an interrupted import was undone. */
    default List<String> notices() {
        return List.of();
    }

    /** How long {@link #close()} will spend tidying the store file; empty when it will not. */
    default Optional<Duration> tidyOnClose() {
        return Optional.empty();
    }

    /** The data directory in use, absolute. */
    Path dataDir();

    /** Closes the store and releases the data directory's lock; never throws. */
    @Override
    void close();
}

package app.backline.ui.shell;

import app.backline.accounts.AccountRegistry;
import app.backline.backup.BackupService;
import app.backline.feed.FeedService;
import app.backline.network.NetworkSettings;
import app.backline.roster.RosterService;
import app.backline.sync.SyncControl;
import app.backline.ui.exports.FeedCopier;
import app.backline.ui.exports.FeedExporter;
import app.backline.ui.imports.ArchiveImporter;
import java.nio.file.Path;

/**
 * The services the main screen works with, handed over by the composition root once the library is open.
 *
 * @param sync     the live sync engine: status snapshots, notices, Sync now, Pause, the recorded runs
 * @param accounts adding, listing and removing connected accounts
 * @param network  the proxy choice
 */
public record UiServices(RosterService roster, FeedService feed, ArchiveImporter importer, FeedExporter exporter,
                         FeedCopier copier, BackupService backups, SyncControl sync, AccountRegistry accounts,
                         NetworkSettings network, Path dataDir) {
}

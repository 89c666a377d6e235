package app.backline.ui.shell;

import app.backline.backup.BackupService;
import app.backline.feed.FeedService;
import app.backline.roster.RosterService;
import app.backline.ui.exports.FeedCopier;
import app.backline.ui.exports.FeedExporter;
import app.backline.ui.imports.ArchiveImporter;
import java.nio.file.Path;

/** The services the main screen works with, handed over by the composition root once the library is open. */
public record UiServices(RosterService roster, FeedService feed, ArchiveImporter importer, FeedExporter exporter,
                         FeedCopier copier, BackupService backups, Path dataDir) {
}

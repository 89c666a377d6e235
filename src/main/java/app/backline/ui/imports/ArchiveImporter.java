package app.backline.ui.imports;

import app.backline.common.Progress;
import app.backline.importer.ImportReport;
import java.nio.file.Path;

/** What the Import command needs from the importer; the composition root adapts the import service. */
@FunctionalInterface
public interface ArchiveImporter {

    /**
     * Imports a zip file or unpacked folder for the artist, all or nothing.
     *
     * @throws app.backline.common.UserFacingException when the archive is refused
     * @throws app.backline.common.CancelledException  when cancelled through {@code progress}
     */
    ImportReport importArchive(Path archive, long artistId, Progress progress) throws Exception;
}

package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.ArtistRef;
import java.nio.file.Path;

/** PLACEHOLDER (drop at merge): the importer branch owns this class. It imports nothing. */
public final class ArchiveImportService {

    public ImportReport importArchive(Path archive, ArtistRef artist, Progress progress) {
        throw new UnsupportedOperationException("placeholder: the importer has not been merged yet");
    }
}

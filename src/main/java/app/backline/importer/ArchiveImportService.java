package app.backline.importer;

import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.persistence.repository.ArtistRef;
import java.nio.file.Path;

/** PLACEHOLDER until the importer branch lands: only the signature the CLI calls. */
public final class ArchiveImportService {

    /** Always refuses: the real importer replaces this class. */
    public ImportReport importArchive(Path archive, ArtistRef artist, Progress progress) {
        throw new UserFacingException("Archive import is not available in this build");
    }
}

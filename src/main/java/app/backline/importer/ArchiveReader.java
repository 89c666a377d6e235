package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.Platform;
import java.io.IOException;

/** Reads one platform's archive format. Implementations hold no per-import state. */
interface ArchiveReader {

    Platform platform();

    /**
     * @param root prefix of the archive's top level inside the source, {@code ""} or {@code "name/"}
     * @return whether the entries under {@code root} have this format's layout
     */
    boolean recognizes(ArchiveSource source, String root);

    /**
     * Parses every post. Checks {@code progress} for cancellation as it goes.
     *
     * @throws ArchiveRejectedException when a file the format needs is damaged, naming it
     * @throws IOException              when the archive cannot be read
     */
    ParsedArchive read(ArchiveSource source, String root, Progress progress) throws IOException;
}

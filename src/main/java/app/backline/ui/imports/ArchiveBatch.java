package app.backline.ui.imports;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.importer.ImportReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several archives imported in turn for one artist. Each is its own all-or-nothing import: a refused
 * archive is noted and the next one goes ahead; a cancel stops after rolling back the current one.
 */
final class ArchiveBatch {

    /** One archive the importer refused, with its plain-words reason. */
    record Refusal(Path archive, String reason) {
        String name() {
            return String.valueOf(archive.getFileName());
        }
    }

    /** What the batch did; {@code cancelled} when the user stopped it part-way. */
    record Outcome(List<ImportReport> imported, List<Refusal> refused, boolean cancelled) {
        long added() {
            return imported.stream().mapToLong(ImportReport::added).sum();
        }

        long updated() {
            return imported.stream().mapToLong(ImportReport::updated).sum();
        }
    }

    private final ArchiveImporter importer;

    ArchiveBatch(ArchiveImporter importer) {
        this.importer = importer;
    }

    /** Runs off the FX thread; progress lines name the archive ("2 of 3: name — …"). */
    Outcome run(List<Path> archives, long artistId, Progress progress) throws Exception {
        List<ImportReport> imported = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < archives.size(); i++) {
            Path archive = archives.get(i);
            try {
                imported.add(importer.importArchive(archive, artistId, part(progress, i, archives.size(), archive)));
            } catch (CancelledException e) {
                return new Outcome(imported, refused, true);
            } catch (UserFacingException e) {
                refused.add(new Refusal(archive, e.getMessage()));
            }
        }
        return new Outcome(imported, refused, false);
    }

    /** The whole batch's progress as seen by the import of archive {@code index}. */
    private static Progress part(Progress whole, int index, int count, Path archive) {
        String prefix = (index + 1) + "/" + count + " " + archive.getFileName() + ": ";
        return new Progress() {
            @Override
            public void report(long done, long total, String message) {
                double within = total > 0 && done >= 0 ? Math.min(1.0, (double) done / total) : 0;
                whole.report(Math.round((index + within) * 1000), count * 1000L,
                        message == null ? null : prefix + message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}

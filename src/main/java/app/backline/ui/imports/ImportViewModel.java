package app.backline.ui.imports;

import app.backline.domain.Artist;
import app.backline.importer.ImportReport;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Job;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.imports.ArchiveBatch.Outcome;
import app.backline.ui.imports.ArchiveBatch.Refusal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports archives for an artist in the background, with progress and Cancel in the status bar; on
 * success reports the counts and lets the roster and feed refresh. Several archives (a multiple choice,
 * a drop) are imported in turn, and one refusal does not stop the others.
 */
public final class ImportViewModel {

    private final ArchiveImporter importer;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Runnable onImported;

    /** @param onImported runs on the FX thread after a successful import */
    public ImportViewModel(ArchiveImporter importer, TaskRunner tasks, StatusViewModel status, Messages messages,
                           Runnable onImported) {
        this.importer = importer;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.onImported = onImported;
    }

    /** Starts importing {@code archive} (zip file or folder) into {@code artist}'s feed. */
    public Job importArchive(Path archive, Artist artist) {
        String name = String.valueOf(archive.getFileName());
        status.dismissProblem();
        status.info(messages.format("import.running", name, artist.name()));
        Job job = tasks.run(progress -> importer.importArchive(archive, artist.id(), progress),
                this::imported, this::failed);
        status.track(job, messages.format("import.job", name), true);
        return job;
    }

    /** Imports each archive in turn into {@code artist}; one archive goes the single-archive way. */
    public Job importArchives(List<Path> archives, Artist artist) {
        if (archives.size() == 1) {
            return importArchive(archives.get(0), artist);
        }
        status.dismissProblem();
        status.info(messages.format("import.batch.running", archives.size(), artist.name()));
        ArchiveBatch batch = new ArchiveBatch(importer);
        Job job = tasks.run(progress -> batch.run(List.copyOf(archives), artist.id(), progress), this::finished,
                this::failed);
        status.track(job, messages.format("import.batch.job", archives.size()), true);
        return job;
    }

    private void imported(ImportReport report) {
        String line = messages.format("import.done", report.postsRead(), report.platform().displayName(),
                report.added(), report.updated());
        if (report.mediaMissing() > 0) {
            line = line + " " + messages.format("import.done.mediaMissing", report.mediaMissing());
        }
        status.success(line);
        onImported.run();
    }

    /** "Imported 3 archives: 2,249 new, 0 updated; 1 refused: bad.zip (reason)". */
    private void finished(Outcome outcome) {
        String line = messages.format("import.batch.done", outcome.imported().size(), outcome.added(),
                outcome.updated());
        if (outcome.cancelled()) {
            line = line + messages.text("import.batch.cancelled");
        }
        if (outcome.refused().isEmpty()) {
            status.success(line);
        } else {
            status.error(line + messages.format("import.batch.refused", outcome.refused().size(),
                    outcome.refused().stream().map(this::describe).collect(Collectors.joining("; "))));
        }
        if (!outcome.imported().isEmpty()) {
            onImported.run();
        }
    }

    private String describe(Refusal refusal) {
        return messages.format("import.batch.refusal", refusal.name(), refusal.reason());
    }

    private void failed(Throwable failure) {
        if (Problems.isCancelled(failure)) {
            status.info(messages.text("import.cancelled"));
        } else {
            status.error(Problems.userText(failure, messages));
        }
    }
}

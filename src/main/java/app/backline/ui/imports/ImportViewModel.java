package app.backline.ui.imports;

import app.backline.domain.Artist;
import app.backline.importer.ImportReport;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Job;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;

/**
 * Imports one archive for the selected artist in the background, with progress and Cancel in the
 * status bar; on success reports the counts and lets the roster and feed refresh.
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

    private void imported(ImportReport report) {
        String line = messages.format("import.done", report.postsRead(), report.platform().displayName(),
                report.added(), report.updated());
        if (report.mediaMissing() > 0) {
            line = line + " " + messages.format("import.done.mediaMissing", report.mediaMissing());
        }
        status.success(line);
        onImported.run();
    }

    private void failed(Throwable failure) {
        if (Problems.isCancelled(failure)) {
            status.info(messages.text("import.cancelled"));
        } else {
            status.error(Problems.userText(failure, messages));
        }
    }
}

package app.backline.ui.exports;

import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import app.backline.export.ExportFormat;
import app.backline.export.ExportService;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Job;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** Writes the feed as currently filtered to a JSON or CSV file in the background, with progress. */
public final class ExportViewModel {

    private final FeedExporter exporter;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Clock clock;

    public ExportViewModel(FeedExporter exporter, TaskRunner tasks, StatusViewModel status, Messages messages,
                           Clock clock) {
        this.exporter = exporter;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
    }

    /** The file name the save dialog proposes, e.g. {@code ada-lovelace-posts-2026-11-22.csv}. */
    public String suggestedFileName(Artist artist, ExportFormat format) {
        return ExportService.defaultFileName(artist.name(), format, LocalDate.now(clock));
    }

    /** Starts writing the artist's posts passing {@code filter} to {@code file}. */
    public Job export(Artist artist, PostFilter filter, ExportFormat format, Path file) {
        status.dismissProblem();
        Job job = tasks.run(progress -> exporter.exportToFile(artist, filter, format, file, progress),
                count -> status.success(messages.format("export.done", count, file.toString())),
                failure -> failed(failure, file));
        status.track(job, messages.format("export.job", String.valueOf(file.getFileName())), true);
        return job;
    }

    private void failed(Throwable failure, Path file) {
        Throwable cause = Problems.unwrap(failure);
        if (Problems.isCancelled(cause)) {
            status.info(messages.text("export.cancelled"));
        } else if (cause instanceof IOException) {
            status.error(messages.format("export.failed.io", file.toString(), String.valueOf(cause.getMessage())));
        } else {
            status.error(Problems.userText(cause, messages));
        }
    }
}

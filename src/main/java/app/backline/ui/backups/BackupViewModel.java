package app.backline.ui.backups;

import app.backline.backup.BackupInfo;
import app.backline.backup.BackupService;
import app.backline.backup.LibraryCounts;
import app.backline.ui.common.Formats;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Job;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Back up now" and "Restore from backup…": the backups on disk with what each holds, what the library
 * holds now, and the two commands, each a background job in the status bar. Failures (a full disk) go to
 * the banner in the service's own words.
 */
public final class BackupViewModel {

    private final BackupService backups;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Formats formats;
    private final Runnable onRestored;
    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LibraryCounts> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    /** @param onRestored runs on the FX thread after a restore, so the roster and the feed read again */
    public BackupViewModel(BackupService backups, TaskRunner tasks, StatusViewModel status, Messages messages,
                           Formats formats, Runnable onRestored) {
        this.backups = backups;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.formats = formats;
        this.onRestored = onRestored;
    }

    /** Writes a backup of everything now. */
    public Job backupNow() {
        status.dismissProblem();
        Job job = tasks.run(progress -> backups.backupNow(), made -> status.success(messages.format("backup.done",
                made.posts(), made.file().toString())), this::failed);
        status.track(job, messages.text("backup.job"), false);
        return job;
    }

    /** Reads the backups on disk and what the library holds now, for the restore dialog. */
    public void load() {
        loaded.set(false);
        tasks.run(progress -> new Choices(backups.list(), backups.current()), choices -> {
            list.setAll(choices.backups());
            current.set(choices.current());
            loaded.set(true);
        }, this::failed);
    }

    private record Choices(List<BackupInfo> backups, LibraryCounts current) {
    }

    /** The confirmation, naming the backup and what it replaces. */
    public String question(BackupInfo backup) {
        LibraryCounts now = current.get();
        return messages.format("backup.restore.question", formats.dayAndTime(backup.createdAt()),
                backup.artists(), backup.posts(), now == null ? -1 : now.artists(), now == null ? -1 : now.posts());
    }

    /** Replaces the whole library with the backup; a backup of the current state is taken first. */
    public Job restore(BackupInfo backup) {
        status.dismissProblem();
        String when = formats.dayAndTime(backup.createdAt());
        Job job = tasks.run(progress -> backups.restore(backup), before -> {
            status.success(messages.format("backup.restore.done", when, before.file().toString()));
            onRestored.run();
        }, this::failed);
        status.track(job, messages.format("backup.restore.job", when), false);
        return job;
    }

    private void failed(Throwable failure) {
        status.error(Problems.userText(failure, messages));
    }

    /** Backups on disk, newest first, once {@link #load()} is done. */
    public ObservableList<BackupInfo> backups() {
        return list;
    }

    /** What the library holds now; {@code null} until loaded. */
    public ReadOnlyObjectProperty<LibraryCounts> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}

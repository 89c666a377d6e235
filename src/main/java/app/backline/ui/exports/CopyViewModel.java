package app.backline.ui.exports;

import app.backline.domain.Artist;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.fx.TextClipboard;

/**
 * "Copy last 30": the artist's newest posts, whatever the filters, as a table on the clipboard that pastes
 * into a spreadsheet. Read in the background; the clipboard is written on the FX thread.
 */
public final class CopyViewModel {

    /** How many of the newest posts are copied. */
    public static final int COUNT = 30;

    private final FeedCopier copier;
    private final TextClipboard clipboard;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;

    public CopyViewModel(FeedCopier copier, TextClipboard clipboard, TaskRunner tasks, StatusViewModel status,
                         Messages messages) {
        this.copier = copier;
        this.clipboard = clipboard;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
    }

    /** Copies the artist's {@value #COUNT} newest posts. */
    public void copyNewest(Artist artist) {
        tasks.run(progress -> copier.newestAsTable(artist, COUNT), text -> {
            clipboard.putText(text);
            status.success(messages.format("copy.done", rows(text), artist.name()));
        }, failure -> status.error(Problems.userText(failure, messages)));
    }

    /** Lines after the header: each post is exactly one line. */
    private static long rows(String text) {
        return Math.max(0, text.lines().count() - 1);
    }
}

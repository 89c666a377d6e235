package app.backline.ui.connections;

import app.backline.accounts.AccountRegistry;
import app.backline.sync.SyncControl;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;

/** What the buttons of a connection row do, each off the FX thread, with its outcome in the status line. */
final class ConnectionCommands {

    private final SyncControl sync;
    private final AccountRegistry accounts;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;

    ConnectionCommands(SyncControl sync, AccountRegistry accounts, TaskRunner tasks, StatusViewModel status,
                       Messages messages) {
        this.sync = sync;
        this.accounts = accounts;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
    }

    void syncNow(ConnectionRow row) {
        if (!row.canSync()) {
            return;
        }
        tasks.run(progress -> {
            sync.syncNow(row.accountId());
            return row;
        }, done -> status.info(messages.format("connections.syncStarted", row.platform().displayName(),
                row.name())), this::failed);
    }

    void togglePause(ConnectionRow row) {
        if (!row.canPause()) {
            return;
        }
        boolean pause = !row.paused();
        tasks.run(progress -> {
            sync.setPaused(row.accountId(), pause);
            return row;
        }, done -> status.info(messages.format(pause ? "connections.pausedDone" : "connections.resumedDone",
                row.platform().displayName(), row.name())), this::failed);
    }

    /** @param onRemoved runs on the FX thread once the registry has removed the account */
    void remove(ConnectionRow row, String artistName, Runnable onRemoved) {
        if (!row.canRemove()) {
            return;
        }
        tasks.run(progress -> {
            accounts.remove(row.accountId());
            return row;
        }, done -> {
            onRemoved.run();
            status.success(messages.format("connections.removed", row.platform().displayName(), row.name(),
                    artistName));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        status.error(Problems.userText(failure, messages));
    }
}

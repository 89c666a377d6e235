package app.backline.sync;

import app.backline.domain.SyncRun;

import java.util.List;
import java.util.function.Consumer;

/** What the UI may ask of the sync engine. */
public interface SyncControl {

    /** The current snapshot. */
    SyncStatus status();

    /**
     * Calls {@code listener} with every new snapshot, on the engine's threads (wrap it for the FX thread).
     *
     * @return closing it stops the calls
     */
    AutoCloseable subscribe(Consumer<SyncStatus> listener);

    /** Calls {@code listener} (on engine threads) for each {@link AttentionNotice}; closing the result stops it. */
    AutoCloseable subscribeNotices(Consumer<AttentionNotice> listener);

    /** Queues a MANUAL run of the account now (also while paused); a running account is left alone. */
    void syncNow(long accountId);

    /** Pauses or resumes polling of one account; a paused account keeps its history and state. */
    void setPaused(long accountId, boolean paused);

    /** Recorded runs, newest first. */
    List<SyncRun> runs(SyncRunQuery query);
}

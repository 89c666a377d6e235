package app.backline.ui.settings;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes settings on its own thread, newest only: a burst of window moves becomes one write. The thread
 * is not a daemon, so a write asked for just before the window closes still finishes before exit.
 */
public final class SettingsWriter implements Consumer<UiSettings>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsWriter.class);

    private final SettingsFile file;
    private final AtomicReference<UiSettings> pending = new AtomicReference<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "backline-settings"));

    public SettingsWriter(SettingsFile file) {
        this.file = file;
    }

    /** Schedules {@code settings} to be written, replacing any not yet written. */
    @Override
    public void accept(UiSettings settings) {
        if (pending.getAndSet(settings) == null && !executor.isShutdown()) {
            executor.execute(this::writePending);
        }
    }

    private void writePending() {
        UiSettings settings = pending.getAndSet(null);
        if (settings == null) {
            return;
        }
        try {
            file.save(settings);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the window settings to {}", file.path(), e);
        }
    }

    /** Takes no more writes; the one pending, if any, still completes. Never waits. */
    @Override
    public void close() {
        executor.shutdown();
    }
}

package app.backline.ui.settings;

import java.util.function.Consumer;

/**
 * What the window remembers (theme, bounds, last artist). Changes are passed to the writer only once
 * saving has started, i.e. once the library is open: a window that failed to open its library (another
 * Backline on the folder) never overwrites the settings of the one that did.
 */
public final class SettingsViewModel {

    private final Consumer<UiSettings> writer;
    private UiSettings current;
    private boolean saving;
    private boolean dirty;

    public SettingsViewModel(UiSettings loaded, Consumer<UiSettings> writer) {
        this.current = loaded;
        this.writer = writer;
    }

    /** Starts saving; writes at once if something changed meanwhile. */
    public void startSaving() {
        saving = true;
        if (dirty) {
            write();
        }
    }

    public UiSettings current() {
        return current;
    }

    public void rememberTheme(boolean dark) {
        update(current.withDark(dark));
    }

    public void rememberWindow(WindowBounds bounds) {
        update(current.withWindow(bounds));
    }

    public void rememberArtist(Long artistId) {
        if (artistId != null) {
            update(current.withArtistId(artistId));
        }
    }

    private void update(UiSettings next) {
        if (next.equals(current)) {
            return;
        }
        current = next;
        dirty = true;
        if (saving) {
            write();
        }
    }

    private void write() {
        dirty = false;
        writer.accept(current);
    }
}

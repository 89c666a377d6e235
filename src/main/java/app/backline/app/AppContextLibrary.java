package app.backline.app;

import app.backline.domain.ArtistRef;
import app.backline.ui.shell.UiServices;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** The window's view of the {@link AppContext}: its services adapted to what the screens call. */
final class AppContextLibrary implements Library {

    private final AppContext context;
    private final UiServices services;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AppContextLibrary(AppContext context) {
        this.context = context;
        this.services = new UiServices(context.roster(), context.feed(),
                (archive, artistId, progress) -> context.imports().importArchive(archive, ArtistRef.byId(artistId),
                        progress),
                (artist, filter, format, file, progress) -> context.exports().exportToFile(artist, filter, null,
                        format, file, progress),
                (artist, count) -> context.exports().tabSeparatedNewest(artist, count),
                context.backups(), context.dataDir());
    }

    /** @throws app.backline.common.UserFacingException e.g. "Backline is already running on DIR" */
    static Library open(AppPaths paths) {
        return new AppContextLibrary(AppContext.open(paths));
    }

    @Override
    public UiServices services() {
        return services;
    }

    @Override
    public List<String> notices() {
        return context.notices();
    }

    @Override
    public void startBackgroundJobs(Consumer<String> problems) {
        context.startBackgroundJobs(problems);
    }

    /** Closes the context once, whether the window closed or the process is being terminated. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            context.close();
        }
    }
}

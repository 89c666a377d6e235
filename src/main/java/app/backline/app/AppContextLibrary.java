package app.backline.app;

import app.backline.accounts.AccountRegistry;
import app.backline.domain.ArtistRef;
import app.backline.network.NetworkSettings;
import app.backline.sync.SyncControl;
import app.backline.ui.shell.UiServices;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** The window's view of the {@link AppContext}: its services adapted to what the screens call. */
final class AppContextLibrary implements Library {

    private final AppContext context;
    private final UiServices services;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AppContextLibrary(AppContext context, SyncControl sync, AccountRegistry accounts,
                              NetworkSettings network) {
        this.context = context;
        this.services = new UiServices(context.roster(), context.feed(),
                (archive, artistId, progress) -> context.imports().importArchive(archive, ArtistRef.byId(artistId),
                        progress),
                (artist, filter, format, file, progress) -> context.exports().exportToFile(artist, filter, null,
                        format, file, progress),
                (artist, count) -> context.exports().tabSeparatedNewest(artist, count),
                context.backups(), sync, accounts, network, context.dataDir());
    }

    /** @throws app.backline.common.UserFacingException e.g. "Backline is already running on DIR" */
    static Library open(AppPaths paths) {
        AppContext context = AppContext.openEarly(paths);
        return new AppContextLibrary(context, context.sync(), context.accounts(), context.network());
    }

    /** Screen tests and previews: the real store, with the sync engine, registry and settings given. */
    static Library.Opener withLiveSync(SyncControl sync, AccountRegistry accounts, NetworkSettings network) {
        return paths -> new AppContextLibrary(AppContext.openEarly(paths), sync, accounts, network);
    }

    @Override
    public UiServices services() {
        return services;
    }

    @Override
    public CompletionStage<Void> ready() {
        return context.ready();
    }

    @Override
    public List<String> notices() {
        return context.notices();
    }

    @Override
    public void startBackgroundJobs(Consumer<String> problems) {
        context.startBackgroundJobs(problems);
    }

    @Override
    public Optional<Duration> tidyOnClose() {
        return closed.get() ? Optional.empty() : context.tidyOnClose();
    }

    /** Closes the context once, whether the window closed or the process is being terminated. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            context.close();
        }
    }
}

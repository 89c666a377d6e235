package app.backline.ui.shell;

import app.backline.domain.Artist;
import app.backline.ui.common.RelativeTime;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.connections.ConnectionsViewModel;
import app.backline.ui.connections.NoticesViewModel;
import app.backline.ui.network.ProxyViewModel;
import app.backline.ui.roster.RosterViewModel;
import app.backline.ui.syncruns.SyncRunsViewModel;
import java.util.Optional;

/**
 * The live sync parts of the main screen: the selected artist's connections, the status bar's summary, the
 * sync runs and the desktop notices, all following the one sync engine from {@link #start} to {@link #close}.
 */
public final class LiveSyncModels {

    private final UiServices services;
    private final UiKit kit;
    private final StatusViewModel status;
    private final RosterViewModel roster;
    private final ConnectionsViewModel connections;
    private final SyncSummaryViewModel summary;
    private final SyncRunsViewModel runs;
    private final NoticesViewModel notices;

    LiveSyncModels(UiServices services, UiKit kit, StatusViewModel status, RosterViewModel roster) {
        this.services = services;
        this.kit = kit;
        this.status = status;
        this.roster = roster;
        connections = new ConnectionsViewModel(services.sync(), services.accounts(), kit.tasks(), status,
                kit.messages(), new RelativeTime(kit.messages(), kit.formats()), kit.clock());
        connections.artistProperty().bind(roster.selectedProperty());
        // a run that ended may have brought posts: the roster's counts are read again (the feed stays put)
        summary = new SyncSummaryViewModel(services.sync(), kit.tasks(), status, kit.messages(), roster::reload);
        runs = new SyncRunsViewModel(services.sync(), kit.tasks(), kit.messages(), kit.formats(), roster.artists());
        notices = new NoticesViewModel(services.sync(), kit.messages());
    }

    /** Starts following the sync engine; call on the FX thread once the main screen is shown. */
    void start() {
        connections.start(kit.fx(), kit.delay());
        summary.start(kit.fx());
        runs.start(kit.fx());
        notices.start(kit.fx());
    }

    void close() {
        notices.close();
        runs.close();
        summary.close();
        connections.close();
    }

    /** The artist of an account: from the engine's newest snapshot, else by the artist's name on the roster. */
    Optional<Long> artistOf(long accountId, String artistName) {
        return summary.artistOf(accountId).or(() -> roster.artists().stream()
                .filter(artist -> artist.name().equals(artistName)).map(Artist::id).findFirst());
    }

    /** A fresh Settings → Network form. */
    public ProxyViewModel proxyForm() {
        return new ProxyViewModel(services.network(), kit.tasks(), status, kit.messages());
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    public SyncSummaryViewModel summary() {
        return summary;
    }

    public SyncRunsViewModel runs() {
        return runs;
    }

    public NoticesViewModel notices() {
        return notices;
    }
}

package app.backline.ui.shell;

import app.backline.ui.common.Formats;
import app.backline.ui.connections.ConnectionsView;
import app.backline.ui.detail.PostDetailView;
import app.backline.ui.feed.FeedView;
import app.backline.ui.fx.Messages;
import java.nio.file.Path;

/**
 * The bulk of the main screen: the selected artist's posts or connections (two tabs) and the post detail.
 * {@link MainView} builds it just after the roster is first on screen, which then shows sooner; the posts
 * cannot be read before Hibernate is up anyway.
 */
record ArtistWorkspace(FeedView feed, ConnectionsView connections, ArtistTabs tabs, PostDetailView detail) {

    /** @param chooseArchives what "Import an archive…" in an empty feed does */
    static ArtistWorkspace build(MainViewModel model, Messages messages, Formats formats, Path dataDir,
                                 Runnable chooseArchives) {
        PostDetailView detail = new PostDetailView(model.detail(), model.tagEditor(), messages, formats);
        FeedView feed = new FeedView(model.feed(), messages, formats, dataDir, chooseArchives, detail::focusContent);
        detail.setOnLeave(feed::focusList);
        LiveSyncModels live = model.live();
        ConnectionsView connections = new ConnectionsView(live.connections(), messages);
        ArtistTabs tabs = new ArtistTabs(feed, connections, live.connections().attentionProperty(), messages);
        tabs.bind(model.tabProperty());
        tabs.visibleProperty().bind(model.rosterEmptyProperty().not());
        return new ArtistWorkspace(feed, connections, tabs, detail);
    }
}

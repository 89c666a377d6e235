package app.backline.ui.shell;

import app.backline.ui.common.AppIcon;
import app.backline.ui.fx.Messages;
import app.backline.ui.shell.MainViewModel.ArtistTab;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected artist's Posts and Connections; the Connections tab shows a warning sign while an account needs attention. */
final class ArtistTabs extends TabPane {

    private final Tab posts;
    private final Tab connections;

    ArtistTabs(Node feed, Node connectionsView, ObservableBooleanValue attention, Messages messages) {
        getStyleClass().add("artist-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        posts = tab("tab-posts", messages.text("tabs.posts"), messages.text("tabs.posts.tip"), feed);
        posts.setGraphic(AppIcon.FEED.icon(14));
        connections = tab("tab-connections", messages.text("tabs.connections"), messages.text("tabs.connections.tip"),
                connectionsView);
        attention.subscribe(needed -> {
            FontIcon icon = (needed ? AppIcon.WARNING : AppIcon.CONNECTIONS).icon(14);
            if (needed) {
                icon.getStyleClass().add(Styles.WARNING);
                connections.getTooltip().setText(messages.text("tabs.connections.attention"));
            } else {
                connections.getTooltip().setText(messages.text("tabs.connections.tip"));
            }
            connections.setGraphic(icon);
        });
        getTabs().addAll(posts, connections);
    }

    private static Tab tab(String id, String text, String tip, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        tab.setTooltip(new Tooltip(tip));
        return tab;
    }

    /** Keeps the shown tab and the model's choice the same. */
    void bind(javafx.beans.property.ObjectProperty<ArtistTab> chosen) {
        chosen.subscribe(which -> getSelectionModel().select(which == ArtistTab.CONNECTIONS ? connections : posts));
        getSelectionModel().selectedItemProperty().subscribe(tab ->
                chosen.set(tab == connections ? ArtistTab.CONNECTIONS : ArtistTab.POSTS));
    }
}

package app.backline.ui.connections;

import app.backline.domain.Artist;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.EmptyState;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Connections tab of an artist: a header with "Add account…", then one card per account (or how to
 * connect the first one). Cards are kept per account and updated in place.
 */
public final class ConnectionsView extends VBox {

    private final ConnectionsViewModel model;
    private final Messages messages;
    private final ConnectionDialogs dialogs;
    private final VBox cards = new VBox(10);
    private final Map<Long, ConnectionCard> cardsById = new HashMap<>();
    private final Label title = new Label();
    private final Label count = new Label();
    private final StackPane body = new StackPane();
    private final ScrollPane scroll = new ScrollPane(cards);

    public ConnectionsView(ConnectionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dialogs = new ConnectionDialogs(messages);
        getStyleClass().add("connections");
        setId("connections");
        cards.getStyleClass().add("connection-cards");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("connections-scroll");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), body);
        model.rows().addListener((ListChangeListener<ConnectionRow>) change -> showRows());
        model.loadedProperty().subscribe(loaded -> showRows());
        model.artistProperty().subscribe(this::showArtist);
    }

    private HBox header() {
        title.getStyleClass().addAll(Styles.TITLE_3, "connections-title");
        title.setMinWidth(0);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("connections-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button add = new Button(messages.text("connections.add"), AppIcon.ADD.icon());
        add.setId("add-account");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(messages.text("connections.add.tip")));
        add.setOnAction(event -> promptAdd());
        add.disableProperty().bind(model.artistProperty().isNull());
        HBox header = new HBox(12, title, count, new Spacer(), add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("connections-header");
        return header;
    }

    private void showArtist(Artist artist) {
        title.setText(artist == null ? "" : artist.name());
        showRows();
    }

    private void showRows() {
        List<ConnectionRow> rows = model.rows();
        Artist artist = model.artistProperty().get();
        count.setText(model.loadedProperty().get() ? messages.format("connections.count", rows.size()) : "");
        if (rows.isEmpty()) {
            cards.getChildren().clear();
            cardsById.clear();
            body.getChildren().setAll(model.loadedProperty().get() && artist != null ? empty(artist) : new Label(""));
            return;
        }
        cardsById.keySet().retainAll(rows.stream().map(ConnectionRow::accountId).toList());
        List<ConnectionCard> shown = rows.stream().map(row -> {
            ConnectionCard card = cardsById.computeIfAbsent(row.accountId(), id -> new ConnectionCard(messages,
                    model::syncNow, model::togglePause, this::promptRemove));
            card.show(row);
            return card;
        }).toList();
        if (!cards.getChildren().equals(shown)) {
            cards.getChildren().setAll(shown);
        }
        if (body.getChildren().size() != 1 || body.getChildren().get(0) != scroll) {
            body.getChildren().setAll(scroll);
        }
    }

    private EmptyState empty(Artist artist) {
        EmptyState empty = new EmptyState(AppIcon.CONNECTIONS, messages.text("connections.empty.title"),
                messages.format("connections.empty.body", artist.name()))
                .withAction(AppIcon.ADD, messages.text("connections.add"), this::promptAdd)
                .withNote(messages.text("connections.empty.note"));
        empty.setId("connections-empty");
        return empty;
    }

    /** Opens the Add account dialog for the selected artist. */
    public void promptAdd() {
        if (model.artistProperty().get() != null) {
            dialogs.addAccount(getScene().getWindow(), model.addForm());
        }
    }

    private void promptRemove(ConnectionRow row) {
        if (dialogs.confirmRemove(getScene().getWindow(), model.removeQuestion(row))) {
            model.remove(row);
        }
    }

    /** Puts the keyboard on the first card's first enabled button, else on "Add account…". */
    public void focusFirst() {
        cards.getChildren().stream().flatMap(card -> card.lookupAll(".button").stream())
                .filter(node -> !node.isDisabled()).findFirst()
                .or(() -> java.util.Optional.ofNullable(lookup("#add-account")))
                .ifPresent(javafx.scene.Node::requestFocus);
    }
}

package app.backline.ui.roster;

import app.backline.domain.Artist;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The roster column: a header with Add, the artists list, and Rename/Remove for the selected artist. */
public final class RosterView extends VBox {

    private final RosterViewModel model;
    private final Messages messages;
    private final ArtistDialogs dialogs;
    private final ListView<Artist> list = new ListView<>();

    /**
     * @param canImport whether an import may start now
     * @param onDrop    imports archives dropped on an artist's row into that artist
     */
    public RosterView(RosterViewModel model, Messages messages, Formats formats, BooleanSupplier canImport,
                      BiConsumer<Artist, List<Path>> onDrop) {
        this.model = model;
        this.messages = messages;
        this.dialogs = new ArtistDialogs(messages);
        getStyleClass().add("roster");
        list.setId("roster-list");
        list.setItems(model.artists());
        list.setCellFactory(view -> new ArtistCell(formats, canImport, onDrop));
        list.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "roster-list");
        list.setPlaceholder(new Label(""));
        list.setContextMenu(contextMenu());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header(), list, footer());
        bindSelection();
    }

    private HBox header() {
        Label title = new Label(messages.text("roster.title"));
        title.getStyleClass().add("pane-title");
        Button add = iconButton(AppIcon.ADD, "roster.add.tooltip", this::promptAdd);
        add.setId("roster-add");
        HBox header = new HBox(6, title, new Spacer(), add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private HBox footer() {
        Button rename = iconButton(AppIcon.RENAME, "roster.rename.tooltip", this::promptRename);
        rename.setId("roster-rename");
        Button remove = iconButton(AppIcon.REMOVE, "roster.remove.tooltip", this::promptRemove);
        remove.setId("roster-remove");
        rename.disableProperty().bind(model.selectedProperty().isNull());
        remove.disableProperty().bind(model.selectedProperty().isNull());
        HBox footer = new HBox(4, rename, remove);
        footer.getStyleClass().add("pane-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private ContextMenu contextMenu() {
        MenuItem rename = new MenuItem(messages.text("roster.rename"), AppIcon.RENAME.icon());
        rename.setOnAction(event -> promptRename());
        MenuItem remove = new MenuItem(messages.text("roster.remove"), AppIcon.REMOVE.icon());
        remove.setOnAction(event -> promptRemove());
        return new ContextMenu(rename, remove);
    }

    private Button iconButton(AppIcon icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, icon.icon());
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(messages.text(tooltipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().subscribe(this::showSelected);
        // a re-read roster replaces the list's items, which clears its selection even when the selected
        // artist is unchanged (an equal record, so the model's property does not fire)
        model.artists().addListener((javafx.collections.ListChangeListener<Artist>) change ->
                showSelected(model.selectedProperty().get()));
    }

    private void showSelected(Artist artist) {
        if (artist != null && list.getSelectionModel().getSelectedItem() != artist) {
            list.getSelectionModel().select(artist);
            list.scrollTo(artist);
        }
    }

    /** Opens the Add dialog (Ctrl+N). */
    public void promptAdd() {
        ArtistNameForm form = model.newArtistForm();
        if (dialogs.askName(getScene().getWindow(), messages.text("roster.add.title"),
                messages.text("roster.add.header"), messages.text("roster.add.ok"), form)) {
            model.add(form);
        }
    }

    /** Opens the Rename dialog for the selected artist (F2). */
    public void promptRename() {
        Artist artist = model.selectedProperty().get();
        if (artist == null) {
            return;
        }
        ArtistNameForm form = model.renameForm(artist);
        if (dialogs.askName(getScene().getWindow(), messages.text("roster.rename.title"),
                messages.format("roster.rename.header", artist.name()), messages.text("roster.rename.ok"), form)) {
            model.rename(artist, form);
        }
    }

    /** Asks, then removes the selected artist (Delete). */
    public void promptRemove() {
        Artist artist = model.selectedProperty().get();
        if (artist != null && dialogs.confirmRemove(getScene().getWindow(), model.removeQuestion(artist))) {
            model.remove(artist);
        }
    }
}

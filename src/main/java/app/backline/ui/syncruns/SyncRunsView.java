package app.backline.ui.syncruns;

import app.backline.domain.SyncRunStatus;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.Badges;
import app.backline.ui.common.Badges.Tone;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Filters (artist, account, status), the count and Refresh above the table of sync runs. */
public final class SyncRunsView extends VBox {

    private final SyncRunsViewModel model;
    private final Messages messages;
    private final TableView<SyncRunRow> table;

    public SyncRunsView(SyncRunsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("sync-runs");
        table = new SyncRunsTable(model.rows(), messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setGraphic(AppIcon.ERROR.icon(14));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(filterBar(), problem, table);
    }

    private HBox filterBar() {
        ComboBox<FilterChoice<Long>> artist = choice("runs-artist", model.artistChoices(), model.artistProperty());
        ComboBox<FilterChoice<Long>> account = choice("runs-account", model.accountChoices(), model.accountProperty());
        account.setPrefWidth(260);
        ComboBox<FilterChoice<SyncRunStatus>> status = choice("runs-status", model.statusChoices(),
                model.statusProperty());
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("runs.count", model.rows().size()), model.rows()));
        Button refresh = new Button(messages.text("runs.refresh"), AppIcon.SYNC.icon());
        refresh.setId("runs-refresh");
        refresh.setTooltip(new Tooltip(messages.text("runs.refresh.tip")));
        refresh.setOnAction(event -> model.refresh());
        HBox bar = new HBox(10, labelled("runs.filter.artist", artist), labelled("runs.filter.account", account),
                labelled("runs.filter.status", status), new Spacer(), count, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("runs-filter-bar");
        return bar;
    }

    private HBox labelled(String key, ComboBox<?> box) {
        Label label = new Label(messages.text(key));
        label.setLabelFor(box);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        HBox pair = new HBox(6, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static <T> ComboBox<FilterChoice<T>> choice(String id, ObservableList<FilterChoice<T>> items,
                                                        ObjectProperty<FilterChoice<T>> chosen) {
        ComboBox<FilterChoice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(chosen);
        box.setPrefWidth(180);
        return box;
    }

    /** The table takes the keyboard when the window opens. */
    public void focusTable() {
        table.requestFocus();
    }

    /** Badge tone of a run's status: running accent, succeeded success, failed danger, interrupted warning. */
    static Tone tone(SyncRunStatus status) {
        return switch (status) {
            case RUNNING -> Tone.ACCENT;
            case SUCCEEDED -> Tone.SUCCESS;
            case FAILED -> Tone.DANGER;
            case INTERRUPTED -> Tone.WARNING;
        };
    }

    static javafx.scene.Node platformLogo(SyncRunRow row) {
        return PlatformIcon.of(row.platform()).icon(14);
    }

    static Label badge(SyncRunRow row) {
        return Badges.badge(row.statusText(), tone(row.status()));
    }
}

package app.backline.ui.syncruns;

import app.backline.ui.fx.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The runs: artist, account (with logo), mode, started, took, status badge, counts, and the error with a tooltip. */
final class SyncRunsTable extends TableView<SyncRunRow> {

    private final Messages messages;

    SyncRunsTable(ObservableList<SyncRunRow> rows, Messages messages) {
        super(rows);
        this.messages = messages;
        setId("runs-table");
        getStyleClass().add("runs-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.text("runs.empty"));
        empty.setWrapText(true);
        setPlaceholder(empty);
        getColumns().add(text("runs.column.artist", SyncRunRow::artist, 130));
        getColumns().add(cell("runs.column.account", 200, row -> row.account(), SyncRunsView::platformLogo));
        getColumns().add(text("runs.column.mode", SyncRunRow::mode, 85));
        getColumns().add(text("runs.column.started", SyncRunRow::started, 190));
        getColumns().add(number("runs.column.duration", SyncRunRow::duration, 100));
        getColumns().add(cell("runs.column.status", 115, row -> null, SyncRunsView::badge));
        getColumns().add(number("runs.column.added", row -> Integer.toString(row.added()), 60));
        getColumns().add(number("runs.column.updated", row -> Integer.toString(row.updated()), 85));
        getColumns().add(number("runs.column.requests", row -> Integer.toString(row.requests()), 90));
        getColumns().add(error());
    }

    private TableColumn<SyncRunRow, SyncRunRow> column(String key, double width) {
        TableColumn<SyncRunRow, SyncRunRow> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private TableColumn<SyncRunRow, SyncRunRow> text(String key, Function<SyncRunRow, String> text, double width) {
        return cell(key, width, text, row -> null);
    }

    private TableColumn<SyncRunRow, SyncRunRow> number(String key, Function<SyncRunRow, String> text, double width) {
        TableColumn<SyncRunRow, SyncRunRow> column = text(key, text, width);
        column.getStyleClass().add("number-column");
        return column;
    }

    private TableColumn<SyncRunRow, SyncRunRow> cell(String key, double width, Function<SyncRunRow, String> text,
                                                     Function<SyncRunRow, Node> graphic) {
        TableColumn<SyncRunRow, SyncRunRow> column = column(key, width);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SyncRunRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
                setGraphic(empty || row == null ? null : graphic.apply(row));
            }
        });
        return column;
    }

    /** The error, cut to the column, in full in a tooltip. */
    private TableColumn<SyncRunRow, SyncRunRow> error() {
        TableColumn<SyncRunRow, SyncRunRow> column = column("runs.column.error", 300);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SyncRunRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean none = empty || row == null || row.error().isEmpty();
                setText(none ? null : row.error());
                setTooltip(none ? null : new Tooltip(row.error()));
                getStyleClass().remove("run-error");
                if (!none) {
                    getStyleClass().add("run-error");
                }
            }
        });
        return column;
    }
}

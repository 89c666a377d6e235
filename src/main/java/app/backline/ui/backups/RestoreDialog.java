package app.backline.ui.backups;

import app.backline.backup.BackupInfo;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.AppStyles;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lists the backups (taken, size, artists, posts), then asks before replacing the library with one. */
final class RestoreDialog {

    private final BackupViewModel model;
    private final Messages messages;
    private final Formats formats;

    RestoreDialog(BackupViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
    }

    /** Shows the list; on a confirmed choice starts the restore. */
    void show(Window owner) {
        model.load();
        TableView<BackupInfo> table = table();
        ButtonType ok = new ButtonType(messages.text("backup.restore.ok"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(owner, table, ok);
        BackupInfo chosen = dialog.showAndWait().filter(ok::equals)
                .map(answer -> table.getSelectionModel().getSelectedItem()).orElse(null);
        if (chosen != null && confirm(owner, chosen)) {
            model.restore(chosen);
        }
    }

    private Dialog<ButtonType> dialog(Window owner, TableView<BackupInfo> table, ButtonType ok) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("backup.restore.title"));
        dialog.setHeaderText(messages.text("backup.restore.header"));
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        AppStyles.apply(dialog.getDialogPane());
        Label body = new Label(messages.text("backup.restore.body"));
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        VBox content = new VBox(10, body, table);
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setOnShown(event -> table.requestFocus());
        return dialog;
    }

    private TableView<BackupInfo> table() {
        TableView<BackupInfo> table = new TableView<>(model.backups());
        table.setId("backup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.getColumns().add(column("backup.column.taken", b -> formats.dayAndTime(b.createdAt()), 250));
        table.getColumns().add(column("backup.column.size", b -> formats.bytes(b.sizeBytes()), 90));
        table.getColumns().add(column("backup.column.artists", b -> count(b.artists()), 80));
        table.getColumns().add(column("backup.column.posts", b -> count(b.posts()), 100));
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadedProperty())
                .then(messages.text("backup.restore.none")).otherwise(messages.text("backup.restore.loading")));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        // a change listener, so that it runs after the table's own (an invalidation listener would run first)
        model.backups().addListener((ListChangeListener<BackupInfo>) change -> {
            if (!model.backups().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        return table;
    }

    private String count(long value) {
        return value < 0 ? "?" : formats.number(value);
    }

    private TableColumn<BackupInfo, String> column(String key, Function<BackupInfo, String> text, double width) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private boolean confirm(Window owner, BackupInfo chosen) {
        ButtonType restore = new ButtonType(messages.text("backup.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.question(chosen), restore, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text("backup.restore.confirm.title"));
        alert.setHeaderText(messages.text("backup.restore.confirm.header"));
        AppStyles.apply(alert.getDialogPane());
        alert.getDialogPane().setPrefWidth(500);
        FontIcon icon = AppIcon.RESTORE.icon(28);
        icon.getStyleClass().add(Styles.WARNING);
        alert.setGraphic(icon);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        cancel.getStyleClass().add("quiet-default");
        Button confirm = (Button) alert.getDialogPane().lookupButton(restore);
        confirm.setDefaultButton(false);
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setId("backup-restore-confirm");
        alert.setOnShown(event -> cancel.requestFocus());
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}

package app.backline.ui.backups;

import app.backline.ui.common.AppIcon;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/** Toolbar "Backups": Back up now, and Restore from backup… (disabled while another job runs). */
public final class BackupMenu extends MenuButton {

    private final RestoreDialog restoreDialog;

    public BackupMenu(BackupViewModel model, Messages messages, Formats formats, ObservableBooleanValue busy) {
        setId("backup-menu");
        setText(messages.text("backup.menu"));
        setGraphic(AppIcon.LIBRARY.icon());
        getStyleClass().add(Styles.FLAT);
        setTooltip(new Tooltip(messages.text("backup.menu.tip")));
        restoreDialog = new RestoreDialog(model, messages, formats);
        MenuItem now = new MenuItem(messages.text("backup.now"), AppIcon.BACKUP.icon());
        now.setId("backup-now");
        now.setOnAction(event -> model.backupNow());
        MenuItem restore = new MenuItem(messages.text("backup.restore"), AppIcon.RESTORE.icon());
        restore.setId("backup-restore");
        restore.setOnAction(event -> restoreDialog.show(getScene().getWindow()));
        now.disableProperty().bind(busy);
        restore.disableProperty().bind(busy);
        getItems().addAll(now, restore);
    }
}

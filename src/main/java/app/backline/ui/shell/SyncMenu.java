package app.backline.ui.shell;

import app.backline.ui.common.AppIcon;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Toolbar "Sync": Sync all now (Ctrl+Shift+R) and Sync runs… (Ctrl+J). */
final class SyncMenu extends MenuButton {

    SyncMenu(Messages messages, Runnable syncAll, Runnable showRuns) {
        setId("sync-menu");
        setText(messages.text("sync.menu"));
        setGraphic(AppIcon.SYNC.icon());
        getStyleClass().add(Styles.FLAT);
        setTooltip(new Tooltip(messages.text("sync.menu.tip")));
        MenuItem all = new MenuItem(messages.text("sync.all"), AppIcon.SYNC.icon());
        all.setId("sync-all");
        all.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        all.setOnAction(event -> syncAll.run());
        MenuItem runs = new MenuItem(messages.text("sync.runs"), AppIcon.RUNS.icon());
        runs.setId("sync-runs");
        runs.setAccelerator(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        runs.setOnAction(event -> showRuns.run());
        getItems().addAll(all, runs);
    }
}

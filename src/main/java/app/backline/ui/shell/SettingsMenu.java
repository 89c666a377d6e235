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

/** Toolbar settings (gear): Network… (Ctrl+,). */
final class SettingsMenu extends MenuButton {

    SettingsMenu(Messages messages, Runnable showNetwork) {
        setId("settings-menu");
        setGraphic(AppIcon.SETTINGS.icon());
        getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        setTooltip(new Tooltip(messages.text("menu.settings.tip")));
        MenuItem network = new MenuItem(messages.text("menu.network"), AppIcon.NETWORK.icon());
        network.setId("settings-network");
        network.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        network.setOnAction(event -> showNetwork.run());
        getItems().add(network);
    }
}

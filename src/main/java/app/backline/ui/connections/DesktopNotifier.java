package app.backline.ui.connections;

import app.backline.ui.common.AppIcon;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows an attention notice as a ControlsFX desktop notification in the corner of the main window; clicking
 * it opens that artist's Connections panel.
 */
public final class DesktopNotifier {

    private static final Duration SHOWN_FOR = Duration.seconds(30);

    private final Supplier<Window> owner;
    private final Consumer<NoticesViewModel.Notice> onOpen;

    /** @param onOpen what a click does (open the artist's connections), on the FX thread */
    public DesktopNotifier(Supplier<Window> owner, Consumer<NoticesViewModel.Notice> onOpen) {
        this.owner = owner;
        this.onOpen = onOpen;
    }

    public void show(NoticesViewModel.Notice notice) {
        Window window = owner.get();
        FontIcon icon = AppIcon.WARNING.icon(28);
        icon.getStyleClass().add(Styles.WARNING);
        Notifications notification = Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .graphic(icon)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .onAction(event -> onOpen.accept(notice));
        if (window != null) {
            notification.owner(window); // the popup then takes the window's stylesheets: the theme's colours
        }
        notification.show();
    }
}

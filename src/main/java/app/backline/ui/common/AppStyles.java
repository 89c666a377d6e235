package app.backline.ui.common;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The one app stylesheet, added to every scene and dialog on top of the AtlantaFX theme. */
public final class AppStyles {

    /** Resource path of the stylesheet. */
    public static final String RESOURCE = "/app/backline/ui/app.css";

    /** Style class on a window's root while the dark theme is on. */
    public static final String DARK = "dark";

    private AppStyles() {
    }

    public static String url() {
        return Objects.requireNonNull(AppStyles.class.getResource(RESOURCE), RESOURCE).toExternalForm();
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(url());
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(url());
    }

    /**
     * The stylesheet plus the owner window's {@code dark} class, so that the stylesheet's dark-theme tweaks
     * (e.g. the lighter platform logo colours) also apply inside the dialog.
     */
    public static void apply(DialogPane pane, Window owner) {
        apply(pane);
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot().getStyleClass().contains(DARK)) {
            pane.getStyleClass().add(DARK);
        }
    }
}

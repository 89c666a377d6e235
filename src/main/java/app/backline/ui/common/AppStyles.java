package app.backline.ui.common;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** The one app stylesheet, added to every scene and dialog on top of the AtlantaFX theme. */
public final class AppStyles {

    /** Resource path of the stylesheet. */
    public static final String RESOURCE = "/app/backline/ui/app.css";

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
}

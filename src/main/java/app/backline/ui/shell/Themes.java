package app.backline.ui.shell;

import app.backline.ui.common.AppStyles;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/** Switches between the AtlantaFX Primer light and dark themes for the whole application. */
final class Themes {

    static final String DARK_CLASS = AppStyles.DARK;

    private Themes() {
    }

    /** Applies the theme; the scene's root gets the {@code dark} style class for the app stylesheet's tweaks. */
    static void apply(boolean dark, Scene scene) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (dark) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }

    /** Keeps another window's root in the main window's theme (the themes' stylesheet itself is global). */
    static void follow(Scene main, Scene other) {
        Runnable copy = () -> {
            other.getRoot().getStyleClass().remove(DARK_CLASS);
            if (main.getRoot().getStyleClass().contains(DARK_CLASS)) {
                other.getRoot().getStyleClass().add(DARK_CLASS);
            }
        };
        main.getRoot().getStyleClass().addListener((ListChangeListener<String>) change -> copy.run());
        copy.run();
    }
}

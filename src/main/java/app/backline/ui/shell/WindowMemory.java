package app.backline.ui.shell;

import app.backline.ui.fx.Debouncer;
import app.backline.ui.fx.Delay;
import app.backline.ui.settings.WindowBounds;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Puts the window back where it was and reports where it goes, a moment after it stops moving. */
public final class WindowMemory {

    private static final Duration SETTLE = Duration.ofMillis(500);
    /** The part of the title bar that must be on a screen for the old position to be used. */
    private static final double GRIP_WIDTH = 160;
    private static final double GRIP_HEIGHT = 28;

    private WindowMemory() {
    }

    /**
     * The bounds to open with: the saved ones if the top of the window is still on a connected screen,
     * else the saved size (or the default) centred on the primary screen, never larger than it.
     *
     * @param screens visual bounds of the connected screens, the primary first
     */
    public static WindowBounds placement(WindowBounds saved, List<Rectangle2D> screens, double defaultWidth,
                                         double defaultHeight) {
        Rectangle2D primary = screens.get(0);
        if (saved != null && gripOnScreen(saved, screens)) {
            return saved;
        }
        double width = Math.min(saved == null ? defaultWidth : saved.width(), primary.getWidth());
        double height = Math.min(saved == null ? defaultHeight : saved.height(), primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height,
                saved != null && saved.maximized());
    }

    static boolean gripOnScreen(WindowBounds bounds, List<Rectangle2D> screens) {
        Rectangle2D grip = new Rectangle2D(bounds.x(), bounds.y(), Math.min(GRIP_WIDTH, bounds.width()), GRIP_HEIGHT);
        return screens.stream().anyMatch(screen -> screen.contains(grip));
    }

    /** Applies {@link #placement} to the stage before it is shown. */
    public static void apply(Stage stage, WindowBounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    /** Reports the stage's bounds after each move or resize (its normal bounds while maximised). */
    public static void track(Stage stage, Delay delay, Consumer<WindowBounds> remember) {
        Debouncer settle = new Debouncer(delay, SETTLE);
        WindowBounds[] normal = {current(stage, false)};
        Runnable report = () -> {
            if (stage.isIconified()) {
                return;
            }
            if (!stage.isMaximized()) {
                normal[0] = current(stage, false);
            }
            remember.accept(normal[0].withMaximized(stage.isMaximized()));
        };
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            property.addListener((obs, old, now) -> settle.trigger(report));
        }
        stage.maximizedProperty().addListener((obs, old, now) -> settle.trigger(report));
    }

    private static WindowBounds current(Stage stage, boolean maximized) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), maximized);
    }
}

package app.backline.ui.settings;

/**
 * Where the window was: its normal (not maximised) position and size in screen coordinates, and whether
 * it was maximised.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds withMaximized(boolean isMaximized) {
        return new WindowBounds(x, y, width, height, isMaximized);
    }
}

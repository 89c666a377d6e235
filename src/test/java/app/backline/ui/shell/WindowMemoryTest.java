package app.backline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.ui.settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowMemoryTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, -200, 2560, 1400);

    @Test
    void reopensWhereItWasWhileThatScreenIsConnected() {
        WindowBounds onMonitor = new WindowBounds(2000, 100, 1600, 1000, false);
        assertEquals(onMonitor, WindowMemory.placement(onMonitor, List.of(LAPTOP, MONITOR), 1360, 860));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackCentredOnThePrimaryNoLargerThanIt() {
        WindowBounds onMonitor = new WindowBounds(2000, 100, 1600, 1000, true);
        WindowBounds placed = WindowMemory.placement(onMonitor, List.of(LAPTOP), 1360, 860);
        assertEquals(new WindowBounds(0, 0, 1440, 870, true), placed);
        WindowBounds titleBarAboveTheTop = new WindowBounds(100, -60, 800, 600, false);
        assertEquals(new WindowBounds(320, 135, 800, 600, false),
                WindowMemory.placement(titleBarAboveTheTop, List.of(LAPTOP), 1360, 860));
    }

    @Test
    void firstRunIsTheDefaultSizeCentred() {
        assertEquals(new WindowBounds(40, 5, 1360, 860, false),
                WindowMemory.placement(null, List.of(LAPTOP), 1360, 860));
    }
}

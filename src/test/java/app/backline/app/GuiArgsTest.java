package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuiArgsTest {

    @Test
    void onlyTheDataDirOptionStillMeansTheGui() {
        assertTrue(GuiArgs.isGui(new String[0]));
        assertTrue(GuiArgs.isGui(new String[] {"--data-dir", "/d"}));
        assertTrue(GuiArgs.isGui(new String[] {"--data-dir=/d"}));
        assertFalse(GuiArgs.isGui(new String[] {"--data-dir", "/d", "artists", "list"}));
        assertFalse(GuiArgs.isGui(new String[] {"--version"}));
    }

    @Test
    void readsTheDataDirBeforeTheCommandOnly() {
        assertEquals("/d", GuiArgs.dataDir(new String[] {"--data-dir", "/d", "artists", "list"}));
        assertEquals("/d", GuiArgs.dataDir(new String[] {"--data-dir=/d"}));
        assertNull(GuiArgs.dataDir(new String[] {"export", "--data-dir", "/x"}));
        assertNull(GuiArgs.dataDir(new String[0]));
    }
}

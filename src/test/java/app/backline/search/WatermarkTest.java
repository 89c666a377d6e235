package app.backline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WatermarkTest {

    @Test
    void risesOnlyOverAnUnbrokenRunOfGenerations() {
        Watermark w = new Watermark();
        w.reset(10);
        w.done(12);
        w.done(13);
        assertEquals(10, w.value(), "11 is still missing");
        w.done(11);
        assertEquals(13, w.value());
        w.done(9);
        w.done(13);
        assertEquals(13, w.value(), "old and repeated generations change nothing");
    }

    @Test
    void aResetKeepsOnlyWhatLiesAboveIt() {
        Watermark w = new Watermark();
        w.reset(0);
        w.done(3);
        w.done(6);
        w.reset(5);
        assertEquals(6, w.value(), "6 was applied after a scan that started at 5");
    }
}

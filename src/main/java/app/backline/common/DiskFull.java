package app.backline.common;

import java.util.Locale;

/** Recognises a full disk behind any exception, so every writer can say so in plain words. */
public final class DiskFull {

    private DiskFull() {
    }

    /** True when {@code e} or one of its causes reports that the disk or quota is full. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")
                    || m.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }
}

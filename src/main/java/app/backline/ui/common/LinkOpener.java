package app.backline.ui.common;

/** Opens an address in the system browser; the composition root passes one backed by HostServices. */
@FunctionalInterface
public interface LinkOpener {

    void open(String url);
}

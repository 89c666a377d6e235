package app.backline.app;

import app.backline.cli.ConsoleCli;
import javafx.application.Application;

/**
 * Plain {@code main} (JavaFX must not be the main class on the class path): no arguments start the GUI,
 * anything else runs one CLI command and exits with its code. {@code --data-dir DIR} also applies to the
 * GUI. Sets {@code backline.logDir} before the first logger is created.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        String dataDirOption = GuiArgs.dataDir(args);
        // Read once when ProxySelector first loads: the OS proxy settings become the SYSTEM proxy choice.
        System.setProperty("java.net.useSystemProxies", "true");
        System.setProperty("backline.logDir", AppPaths.fromSystem(dataDirOption).logDir().toString());
        if (GuiArgs.isGui(args)) {
            if (dataDirOption != null) {
                System.setProperty(BacklineApp.DATA_DIR_PROPERTY, dataDirOption);
            }
            Application.launch(BacklineApp.class);
            return;
        }
        System.exit(ConsoleCli.run(option -> AppContext.open(AppPaths.fromSystem(option)), args));
    }
}

package app.backline.app;

import app.backline.cli.ConsoleCli;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

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
            setUpLoggingAside();
            Application.launch(BacklineApp.class);
            return;
        }
        System.exit(ConsoleCli.run(new CliStoreOpener(), args));
    }

    /**
     * Sets up logging (a few hundred ms, mostly class loading) on a thread of its own while the toolkit starts,
     * instead of on the FX thread at the window's first log line. Loggers asked for meanwhile stand in until
     * it is done and then pass on what they were given (SLF4J's substitute loggers).
     */
    private static void setUpLoggingAside() {
        Thread thread = new Thread(() -> LoggerFactory.getLogger(Launcher.class), "backline-logging");
        thread.setDaemon(true);
        thread.start();
    }
}

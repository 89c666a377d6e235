package app.backline.app;

import app.backline.ui.common.AppStyles;
import app.backline.ui.common.FilePicker;
import app.backline.ui.common.Formats;
import app.backline.ui.common.NativeFilePicker;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Delay;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.shell.MainView;
import app.backline.ui.shell.MainViewModel;
import app.backline.ui.shell.ShellView;
import app.backline.ui.shell.ShellViewModel;
import app.backline.ui.shell.UiKit;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The GUI: shows the window at once with "Opening your library…", opens the library off the FX
 * thread, then builds the main screen on its services. A failure to open is shown in the window.
 */
public final class BacklineApp extends Application {

    /** System property with the data directory the Launcher read from {@code --data-dir}. */
    public static final String DATA_DIR_PROPERTY = "backline.dataDir";

    private static final int[] ICON_SIZES = {16, 32, 64, 256};

    private final AppPaths paths;
    private final Library.Opener opener;
    private final FilePicker picker;
    private TaskRunner tasks;
    private Library library;
    private Thread closeOnTermination;
    private boolean stopped;

    /** The real app: data dir from {@code backline.dataDir}, the library through {@link AppContext}. */
    public BacklineApp() {
        this(null, AppContextLibrary::open, null);
    }

    /** Screen tests: a given data dir and a stub file picker (native dialogs cannot be driven headless). */
    public BacklineApp(AppPaths paths, FilePicker picker) {
        this(paths, AppContextLibrary::open, picker);
    }

    BacklineApp(AppPaths paths, Library.Opener opener, FilePicker picker) {
        this.paths = paths;
        this.opener = opener;
        this.picker = picker;
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.load(Locale.getDefault());
        tasks = TaskRunner.fx(3);
        StatusViewModel status = new StatusViewModel();
        ShellViewModel shellModel = new ShellViewModel(status);
        ShellView shell = new ShellView(shellModel, messages);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        AppStyles.apply(scene);
        stage.setTitle(messages.text("app.title"));
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    getClass().getResource("/icons/backline-" + size + ".png")).toExternalForm()));
        }
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        AppPaths where = paths != null ? paths : AppPaths.fromSystem(System.getProperty(DATA_DIR_PROPERTY));
        tasks.run(progress -> opener.open(where), opened -> showLibrary(opened, where, shell, status, messages),
                failure -> shellModel.failed(Problems.userText(failure, messages)));
    }

    private void showLibrary(Library opened, AppPaths where, ShellView shell, StatusViewModel status,
                             Messages messages) {
        if (stopped) {
            opened.close();
            return;
        }
        library = opened;
        closeOnTermination = new Thread(opened::close, "backline-close-on-exit");
        Runtime.getRuntime().addShutdownHook(closeOnTermination);
        Formats formats = new Formats(ZoneId.systemDefault(), Locale.getDefault());
        UiKit kit = new UiKit(tasks, Delay.fx(), messages, formats, Clock.systemDefaultZone(),
                url -> getHostServices().showDocument(url));
        MainViewModel main = new MainViewModel(opened.services(), kit, status);
        MainView view = new MainView(main, messages, formats,
                picker != null ? picker : new NativeFilePicker(messages), where.dataDir());
        shell.showMain(view, view.toolbarActions());
        main.start();
        FxExecutor fx = FxExecutor.fx();
        opened.startBackgroundJobs(problem -> fx.execute(() -> status.error(problem)));
        status.info(messages.format("status.ready", where.dataDir().toString()));
    }

    /** The store is closed when the process is terminated (e.g. SIGTERM) without the window closing. */
    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnTermination);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; the library closes only once
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (library != null) {
            library.close();
            library = null;
            removeShutdownHook();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}

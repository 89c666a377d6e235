package app.backline.app;

import app.backline.ui.common.AppIcon;
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
import app.backline.ui.fx.TextClipboard;
import app.backline.ui.settings.SettingsViewModel;
import app.backline.ui.settings.SettingsWriter;
import app.backline.ui.shell.MainView;
import app.backline.ui.shell.MainViewModel;
import app.backline.ui.shell.ShellView;
import app.backline.ui.shell.ShellViewModel;
import app.backline.ui.shell.UiKit;
import app.backline.ui.shell.WindowMemory;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI: shows the window at once with "Opening your library…", opens the library off the FX
 * thread, then builds the main screen on its services. A failure to open is shown in the window.
 */
public final class BacklineApp extends Application {

    /** System property with the data directory the Launcher read from {@code --data-dir}. */
    public static final String DATA_DIR_PROPERTY = "backline.dataDir";

    private static final Logger LOG = LoggerFactory.getLogger(BacklineApp.class);
    private static final int[] ICON_SIZES = {16, 32, 64, 256};

    private final AppPaths paths;
    private final Library.Opener opener;
    private final FilePicker picker;
    private final OsTheme osTheme;
    private Startup startup;
    private CompletableFuture<Library> opening;
    private CompletableFuture<List<Image>> icons;
    private TaskRunner tasks;
    private SettingsWriter settingsWriter;
    private Library library;
    private MainViewModel main;
    private Thread closeOnTermination;
    private boolean stopped;
    private boolean closing;

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
        this.osTheme = OsTheme.system();
    }

    private AppPaths where() {
        return paths != null ? paths : AppPaths.fromSystem(System.getProperty(DATA_DIR_PROPERTY));
    }

    /**
     * Starts opening the library, then reads the remembered settings and the OS theme, on the launcher
     * thread before {@link #start}: the store opens while the window is being built.
     */
    @Override
    public void init() {
        opening = beginOpening(where());
        icons = CompletableFuture.supplyAsync(() -> {
            AppIcon.preload();
            return loadIcons();
        }, BacklineApp::daemon);
        startup = Startup.prepare(where(), osTheme);
    }

    /** Opens the library on a thread of its own; the window shows it once it is open. */
    private CompletableFuture<Library> beginOpening(AppPaths where) {
        return CompletableFuture.supplyAsync(() -> opener.open(where), BacklineApp::daemon);
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "backline-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The window icons in every size, decoded off the FX thread (the 256 px one takes a while). */
    private static List<Image> loadIcons() {
        List<Image> images = new ArrayList<>();
        for (int size : ICON_SIZES) {
            images.add(new Image(Objects.requireNonNull(BacklineApp.class.getResource(
                    "/icons/backline-" + size + ".png")).toExternalForm()));
        }
        return images;
    }

    @Override
    public void start(Stage stage) {
        AppPaths where = where();
        if (startup == null) { // screen tests and the preview call start() directly
            opening = beginOpening(where);
            icons = CompletableFuture.completedFuture(loadIcons());
            startup = Startup.prepare(where, osTheme);
        }
        Messages messages = Messages.load(Locale.getDefault());
        tasks = TaskRunner.fx(3);
        settingsWriter = new SettingsWriter(startup.file());
        SettingsViewModel settings = new SettingsViewModel(startup.settings(), settingsWriter);
        StatusViewModel status = new StatusViewModel();
        ShellViewModel shellModel = new ShellViewModel(status);
        shellModel.darkProperty().set(startup.dark());
        shellModel.darkProperty().addListener((obs, old, dark) -> settings.rememberTheme(dark));
        ShellView shell = new ShellView(shellModel, messages);
        showWindow(stage, new Scene(shell), messages, settings);
        stage.setOnCloseRequest(event -> closeRequested(event, stage, shellModel, messages));
        LOG.info("Window shown {} ms after the JVM started", sinceJvmStart());
        FxExecutor fx = FxExecutor.fx();
        opening.whenComplete((opened, failure) -> fx.execute(() -> {
            if (failure != null) {
                shellModel.failed(Problems.userText(failure, messages));
            } else {
                showLibrary(opened, where, shell, shellModel, messages, settings);
            }
        }));
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Shows the window where it was last time (if that is still on a screen), and keeps track of it. */
    private void showWindow(Stage stage, Scene scene, Messages messages, SettingsViewModel settings) {
        AppStyles.apply(scene);
        stage.setTitle(messages.text("app.title"));
        icons.thenAccept(images -> FxExecutor.fx().execute(() -> stage.getIcons().setAll(images)));
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().forEach(screen -> screens.add(screen.getVisualBounds()));
        Rectangle2D primary = screens.get(0);
        stage.setMinWidth(Math.min(960, primary.getWidth()));
        stage.setMinHeight(Math.min(600, primary.getHeight()));
        stage.setScene(scene);
        WindowMemory.apply(stage, WindowMemory.placement(startup.settings().window(), screens, 1360, 860));
        stage.show();
        WindowMemory.track(stage, Delay.fx(), settings::rememberWindow);
    }

    /**
     * Puts the main screen in place as soon as the store is open; the roster shows at once, the rest as
     * Hibernate becomes ready ({@link #libraryReady}).
     */
    private void showLibrary(Library opened, AppPaths where, ShellView shell, ShellViewModel shellModel,
                             Messages messages, SettingsViewModel settings) {
        StatusViewModel status = shellModel.status();
        if (stopped) {
            opened.close();
            return;
        }
        library = opened;
        closeOnTermination = new Thread(opened::close, "backline-close-on-exit");
        Runtime.getRuntime().addShutdownHook(closeOnTermination);
        Formats formats = new Formats(ZoneId.systemDefault(), Locale.getDefault());
        UiKit kit = new UiKit(tasks, FxExecutor.fx(), Delay.fx(), messages, formats, Clock.systemDefaultZone(),
                url -> getHostServices().showDocument(url));
        main = new MainViewModel(opened.services(), kit, status, TextClipboard.system());
        MainView view = new MainView(main, messages, formats,
                picker != null ? picker : new NativeFilePicker(messages), where.dataDir(), Delay.fx());
        shell.showMain(view, view.toolbarActions(), view.toolbarTrailing());
        shell.showSyncStatus(view.syncStatus());
        main.start(settings.current().artistId());
        main.roster().selectedProperty().subscribe(artist -> settings.rememberArtist(artist == null ? null
                : artist.id()));
        settings.startSaving();
        LOG.info("Main screen in place {} ms after the JVM started", sinceJvmStart());
        // What needs Hibernate starts once the roster is on screen: its bootstrap is seconds of CPU, which on
        // two cores would hold the roster back.
        view.afterRosterShown(() -> {
            if (main == null || stopped) {
                return; // the window closed before the roster was on screen
            }
            LOG.info("Main screen complete {} ms after the JVM started", sinceJvmStart());
            main.showFeed();
            main.startLiveSync();
            FxExecutor fx = FxExecutor.fx();
            opened.ready().whenComplete((ok, failure) -> fx.execute(() -> libraryReady(opened, failure, where,
                    shellModel, messages)));
        });
    }

    /**
     * Every service can use the store now: the background jobs start (off the FX thread: the sync engine reads
     * its accounts first). If the store cannot be used after all, the window says why instead.
     */
    private void libraryReady(Library opened, Throwable failure, AppPaths where, ShellViewModel shellModel,
                              Messages messages) {
        if (stopped || opened != library) {
            return;
        }
        StatusViewModel status = shellModel.status();
        if (failure != null) {
            shellModel.failed(Problems.userText(failure, messages));
            return;
        }
        LOG.info("Library ready {} ms after the JVM started", sinceJvmStart());
        FxExecutor fx = FxExecutor.fx();
        tasks.run(progress -> {
            opened.startBackgroundJobs(problem -> fx.execute(() -> status.error(problem)));
            return null;
        }, started -> { }, problem -> status.error(Problems.userText(problem, messages)));
        status.info(messages.format("status.ready", where.dataDir().toString()));
        if (!opened.notices().isEmpty()) {
            status.error(String.join(" ", opened.notices()));
        }
    }

    /**
     * The window's close button: the library closes off the FX thread while the window stays up, saying so when
     * the store is tidied first (seconds on a large store), then the window closes (and with it the app). Without
     * a library the window simply closes.
     */
    private void closeRequested(WindowEvent event, Stage stage, ShellViewModel shell, Messages messages) {
        if (library == null && !closing) {
            return;
        }
        event.consume();
        if (closing) {
            return;
        }
        closing = true;
        if (main != null) {
            main.close();
            main = null;
        }
        Library closingLibrary = library;
        FxExecutor fx = FxExecutor.fx();
        tasks.run(progress -> {
            closingLibrary.tidyOnClose().ifPresent(d -> fx.execute(() -> shell.closing(
                    messages.format("shell.closing.tidy", d.toSeconds()))));
            closingLibrary.close();
            return closingLibrary;
        }, closed -> closeAfterLibrary(stage), failure -> closeAfterLibrary(stage));
    }

    private void closeAfterLibrary(Stage stage) {
        library = null;
        removeShutdownHook();
        stage.hide();
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
        if (main != null) {
            main.close();
        }
        if (library != null) {
            library.close();
            library = null;
            removeShutdownHook();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (settingsWriter != null) {
            settingsWriter.close();
        }
    }
}

package app.backline.cli;

import app.backline.app.AppContext;
import app.backline.app.AppPaths;
import java.nio.file.Path;
import java.util.Map;

/** Real sessions for CLI tests: the app's own composition root on a test data folder, lock included. */
final class StoreSession {

    private StoreSession() {
    }

    static CliSession open(Path dataDir) {
        return AppContext.open(AppPaths.resolve(dataDir.toString(), Map.of(), System.getProperty("os.name"),
                System.getProperty("user.home")));
    }
}

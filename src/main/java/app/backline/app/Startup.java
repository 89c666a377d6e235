package app.backline.app;

import app.backline.ui.settings.SettingsFile;
import app.backline.ui.settings.UiSettings;

/**
 * What the window needs before it is shown: the remembered settings and the theme to open in (the
 * user's choice if they made one, else the OS setting, else light). Prepared off the FX thread.
 */
record Startup(SettingsFile file, UiSettings settings, boolean dark) {

    static Startup prepare(AppPaths paths, OsTheme os) {
        SettingsFile file = new SettingsFile(paths.dataDir());
        UiSettings settings = file.load();
        return new Startup(file, settings, initialDark(settings, os));
    }

    static boolean initialDark(UiSettings settings, OsTheme os) {
        return settings.dark() != null ? settings.dark() : os.prefersDark().orElse(false);
    }
}

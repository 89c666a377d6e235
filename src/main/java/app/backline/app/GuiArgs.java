package app.backline.app;

/** Tells the GUI launch ({@code [--data-dir DIR]} and nothing else) from a CLI command line. */
final class GuiArgs {

    private GuiArgs() {
    }

    static boolean isGui(String[] args) {
        return args.length == 0 || (args.length == 2 && args[0].equals("--data-dir"))
                || (args.length == 1 && args[0].startsWith("--data-dir="));
    }

    /** The {@code --data-dir} value before the command, {@code null} when absent. */
    static String dataDir(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data-dir=")) {
                return args[i].substring("--data-dir=".length());
            }
            if (!args[i].startsWith("-")) {
                return null;
            }
        }
        return null;
    }
}

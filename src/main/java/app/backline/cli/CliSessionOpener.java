package app.backline.cli;

/** Opens the store for a CLI command; implemented by the composition root. */
@FunctionalInterface
public interface CliSessionOpener {

    /**
     * @param dataDirOption the {@code --data-dir} value, {@code null} when not given (then
     *                      {@code BACKLINE_DATA_DIR} or the OS default applies)
     * @throws app.backline.common.UserFacingException when the store cannot be opened, e.g.
     *                                                 "Backline is already running on /path"
     */
    CliSession open(String dataDirOption);
}

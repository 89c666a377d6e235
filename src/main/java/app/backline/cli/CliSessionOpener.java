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

    /**
     * As {@link #open(String)}, on the team store {@code storeOption} names ({@code --store}), or as the
     * environment says when {@code null}. Openers that know no team store refuse one.
     *
     * @throws app.backline.common.UserFacingException as {@link #open(String)}, or when a team store is asked
     *                                                 for and this opener has none
     */
    default CliSession open(String dataDirOption, String storeOption) {
        if (storeOption != null) {
            throw new app.backline.common.UserFacingException("This Backline cannot open a team store");
        }
        return open(dataDirOption);
    }
}

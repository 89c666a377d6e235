package app.backline.app;

import app.backline.cli.CliSession;
import app.backline.cli.CliSessionOpener;

/**
 * The CLI's store: the data directory's own, or the team server that {@code --store} or
 * {@code BACKLINE_STORE_URL} names ({@link StoreChoice}).
 */
final class CliStoreOpener implements CliSessionOpener {

    @Override
    public CliSession open(String dataDirOption) {
        return open(dataDirOption, null);
    }

    @Override
    public CliSession open(String dataDirOption, String storeOption) {
        return AppContext.open(AppPaths.fromSystem(dataDirOption), StoreChoice.resolve(storeOption, System.getenv()));
    }
}

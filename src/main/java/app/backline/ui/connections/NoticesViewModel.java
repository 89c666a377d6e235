package app.backline.ui.connections;

import app.backline.sync.AttentionNotice;
import app.backline.sync.SyncControl;
import app.backline.ui.common.AccountNames;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Subscription;
import java.util.function.Consumer;

/**
 * The engine's attention notices (an account became DISCONNECTED, or failed three runs in a row) as desktop
 * notifications. Every notice is delivered (they are rare: the engine sends at most one per account a day),
 * so no coalescing here.
 */
public final class NoticesViewModel {

    /**
     * One notification: clicking it opens the account's artist.
     *
     * @param title e.g. "Instagram @mila needs attention"
     * @param text  the engine's plain words, then what a click does
     */
    public record Notice(long accountId, String artistName, String title, String text) {
    }


    private final SyncControl sync;
    private final Messages messages;
    private final Subscription subscription = new Subscription();
    private Consumer<Notice> show = notice -> { };

    public NoticesViewModel(SyncControl sync, Messages messages) {
        this.sync = sync;
        this.messages = messages;
    }

    /** Who shows the notices (the desktop notifier); gets each notice on the FX thread. */
    public void setOnNotice(Consumer<Notice> shower) {
        this.show = shower;
    }

    /** Follows the engine's notices. */
    public void start(FxExecutor fx) {
        subscription.hold(sync.subscribeNotices(notice -> {
            Notice shown = notice(notice);
            fx.execute(() -> show.accept(shown));
        }));
    }

    Notice notice(AttentionNotice notice) {
        String platform = notice.platform().displayName();
        String account = notice.handle() == null ? platform
                : platform + " " + AccountNames.of(notice.platform(), notice.handle());
        return new Notice(notice.accountId(), notice.artistName(),
                messages.format("notice.title", account, notice.artistName()),
                messages.format("notice.text", notice.message(), notice.artistName()));
    }

    public void close() {
        subscription.close();
    }
}

package app.backline.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.Platform;
import app.backline.sync.AttentionNotice;
import app.backline.testing.FakeSyncControl;
import app.backline.testing.MutableClock;
import app.backline.ui.fx.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoticesViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final FakeSyncControl sync = new FakeSyncControl(clock);
    private final NoticesViewModel model = new NoticesViewModel(sync, Messages.load(Locale.US));

    @Test
    void everyNoticeBecomesANotificationOnTheFxThreadUntilClosed() {
        List<Runnable> fxQueue = new ArrayList<>();
        List<NoticesViewModel.Notice> shown = new ArrayList<>();
        model.setOnNotice(shown::add);
        model.start(fxQueue::add);
        sync.notice(new AttentionNotice(7, "Aurora Vale", Platform.INSTAGRAM, "aurora.vale",
                "Instagram no longer accepts the access token: reconnect @aurora.vale", clock.instant()));
        sync.notice(new AttentionNotice(8, "Mara Jensen", Platform.LINKEDIN, "Mara Jensen",
                "LinkedIn sync failed 3 times in a row", clock.instant()));
        assertEquals(List.of(), shown, "nothing shown off the FX thread");
        fxQueue.forEach(Runnable::run);
        assertEquals(2, shown.size(), "notices are not coalesced");
        NoticesViewModel.Notice first = shown.get(0);
        assertEquals(7, first.accountId());
        assertEquals("Instagram @aurora.vale needs attention", first.title());
        assertEquals("Instagram no longer accepts the access token: reconnect @aurora.vale\n"
                + "Click to open Aurora Vale’s connections.", first.text());
        assertEquals("LinkedIn Mara Jensen needs attention", shown.get(1).title());
        model.close();
        sync.notice(new AttentionNotice(7, "Aurora Vale", Platform.X, null, "again", clock.instant()));
        fxQueue.clear();
        assertEquals(0, fxQueue.size());
    }
}

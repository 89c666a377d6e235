package app.backline.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.ui.fx.ManualDelay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedFilterViewModelTest {

    private final ManualDelay delay = new ManualDelay();
    private final FeedFilterViewModel model = new FeedFilterViewModel(delay, ZoneOffset.UTC);
    private final List<PostFilter> published = new ArrayList<>();

    {
        model.filterProperty().addListener((obs, old, now) -> published.add(now));
    }

    @Test
    void typingPublishesOnceAfterThePause() {
        model.searchProperty().set("t");
        model.searchProperty().set("to");
        model.searchProperty().set("tou");
        model.searchProperty().set("tour");
        assertTrue(published.isEmpty());
        assertEquals(1, delay.scheduledCount(), "each keystroke replaces the pending search");
        delay.elapse();
        assertEquals(1, published.size());
        assertEquals("tour", published.get(0).text());
    }

    @Test
    void togglesPublishAtOnce() {
        model.platformProperty(Platform.X).set(true);
        model.platformProperty(Platform.TIKTOK).set(true);
        model.repliesProperty().set(false);
        assertEquals(3, published.size());
        PostFilter last = published.get(2);
        assertEquals(Set.of(Platform.X, Platform.TIKTOK), last.platforms());
        assertEquals(false, last.includeReplies());
        assertEquals(true, last.includeReposts());
    }

    @Test
    void clearPublishesOnceAndDropsAPendingSearch() {
        model.platformProperty(Platform.X).set(true);
        model.searchProperty().set("tour");
        published.clear();
        model.clear();
        delay.elapse();
        assertEquals(List.of(PostFilter.all()), published);
    }
}

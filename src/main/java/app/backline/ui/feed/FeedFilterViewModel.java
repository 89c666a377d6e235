package app.backline.ui.feed;

import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.ui.fx.Debouncer;
import app.backline.ui.fx.Delay;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The filter bar above the feed. Platform toggles narrow the feed (none pressed = every platform);
 * the search text applies after typing pauses; Replies and Reposts include those posts when on.
 * {@link #filterProperty()} changes once per effective change.
 */
public final class FeedFilterViewModel {

    /** Typing pause before a search runs. */
    public static final Duration SEARCH_PAUSE = Duration.ofMillis(250);

    private final Map<Platform, BooleanProperty> platforms = new EnumMap<>(Platform.class);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty replies = new SimpleBooleanProperty(true);
    private final BooleanProperty reposts = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<PostFilter> filter = new ReadOnlyObjectWrapper<>(PostFilter.all());
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper(false);
    private final Debouncer searchPause;
    private boolean clearing;

    public FeedFilterViewModel(Delay delay) {
        searchPause = new Debouncer(delay, SEARCH_PAUSE);
        for (Platform platform : Platform.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            on.addListener((obs, old, now) -> publish());
            platforms.put(platform, on);
        }
        replies.addListener((obs, old, now) -> publish());
        reposts.addListener((obs, old, now) -> publish());
        search.addListener((obs, old, now) -> searchPause.trigger(this::publish));
    }

    /** Back to every post: no platform pressed, no search, replies and reposts shown. */
    public void clear() {
        clearing = true;
        try {
            platforms.values().forEach(on -> on.set(false));
            search.set("");
            replies.set(true);
            reposts.set(true);
        } finally {
            clearing = false;
        }
        searchPause.cancel();
        publish();
    }

    private void publish() {
        if (clearing) {
            return;
        }
        Set<Platform> chosen = EnumSet.noneOf(Platform.class);
        platforms.forEach((platform, on) -> {
            if (on.get()) {
                chosen.add(platform);
            }
        });
        PostFilter next = PostFilter.all().withPlatforms(chosen).withText(search.get())
                .withReplies(replies.get()).withReposts(reposts.get());
        narrowed.set(!next.equals(PostFilter.all()));
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }

    /** Whether the platform's toggle is pressed. */
    public BooleanProperty platformProperty(Platform platform) {
        return platforms.get(platform);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty repliesProperty() {
        return replies;
    }

    public BooleanProperty repostsProperty() {
        return reposts;
    }

    /** The filter in effect (search text only after the pause). */
    public ReadOnlyObjectProperty<PostFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether the filter in effect hides anything. */
    public ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }
}

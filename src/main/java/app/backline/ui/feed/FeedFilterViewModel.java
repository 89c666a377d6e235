package app.backline.ui.feed;

import app.backline.domain.FeedSort;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.ui.fx.Debouncer;
import app.backline.ui.fx.Delay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The filter bar above the feed. Platform toggles narrow the feed (none pressed = every platform); one
 * tag at most; a date range in the user's zone (both ends inclusive on screen, the end day's midnight
 * after it exclusive in the query); the search text applies after typing pauses; Replies and Reposts
 * include those posts when on; the sort order. {@link #filterProperty()} changes once per effective change.
 */
public final class FeedFilterViewModel {

    /** Typing pause before a search runs. */
    public static final Duration SEARCH_PAUSE = Duration.ofMillis(250);

    private final Map<Platform, BooleanProperty> platforms = new EnumMap<>(Platform.class);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty replies = new SimpleBooleanProperty(true);
    private final BooleanProperty reposts = new SimpleBooleanProperty(true);
    private final ObjectProperty<Tag> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final ObjectProperty<FeedSort> sort = new SimpleObjectProperty<>(FeedSort.NEWEST);
    private final ReadOnlyObjectWrapper<PostFilter> filter = new ReadOnlyObjectWrapper<>(PostFilter.all());
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper(false);
    private final Debouncer searchPause;
    private final ZoneId zone;
    private boolean clearing;

    /** @param zone the user's time zone: the dates picked are days there */
    public FeedFilterViewModel(Delay delay, ZoneId zone) {
        this.zone = zone;
        searchPause = new Debouncer(delay, SEARCH_PAUSE);
        for (Platform platform : Platform.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            publishOnChange(on);
            platforms.put(platform, on);
        }
        for (ObservableValue<?> value : new ObservableValue<?>[] {replies, reposts, tag, fromDate, toDate, sort}) {
            publishOnChange(value);
        }
        search.addListener((obs, old, now) -> searchPause.trigger(this::publish));
    }

    private void publishOnChange(ObservableValue<?> value) {
        value.addListener((obs, old, now) -> publish());
    }

    /** Whether the filter hides any post (the sort order hides none). */
    public static boolean isNarrowing(PostFilter filter) {
        return !filter.withSort(FeedSort.NEWEST).equals(PostFilter.all());
    }

    /** Back to every post: no platform, tag, dates or search, replies and reposts shown. Keeps the sort. */
    public void clear() {
        clearing = true;
        try {
            platforms.values().forEach(on -> on.set(false));
            search.set("");
            replies.set(true);
            reposts.set(true);
            tag.set(null);
            fromDate.set(null);
            toDate.set(null);
        } finally {
            clearing = false;
        }
        searchPause.cancel();
        publish();
    }

    /** No date limits. */
    public void clearDates() {
        clearing = true;
        try {
            fromDate.set(null);
            toDate.set(null);
        } finally {
            clearing = false;
        }
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
                .withReplies(replies.get()).withReposts(reposts.get()).withTag(tag.get())
                .withDates(startOf(fromDate.get()), startOf(dayAfter(toDate.get()))).withSort(sort.get());
        narrowed.set(isNarrowing(next));
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static LocalDate dayAfter(LocalDate day) {
        return day == null ? null : day.plusDays(1);
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

    /** The one tag shown, {@code null} for all. */
    public ObjectProperty<Tag> tagProperty() {
        return tag;
    }

    /** First day shown (in the user's zone), {@code null} for no limit. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last day shown, included (in the user's zone), {@code null} for no limit. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** Newest first or most engagement first; never {@code null}. */
    public ObjectProperty<FeedSort> sortProperty() {
        return sort;
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

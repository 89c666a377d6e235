package app.backline.ui.detail;

import app.backline.domain.Post;
import app.backline.domain.Tag;
import app.backline.feed.FeedService;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The selected post's tags as five toggles. Each change is saved at once as a manual correction, which
 * the tag rules never overwrite. Clicks made while a save is on its way are saved right after it, so the
 * last click always wins; the feed hears about the post only once the toggles and the store agree.
 */
public final class TagEditorViewModel {

    private final FeedService feed;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Consumer<Post> onSaved;
    private final ObjectProperty<Post> post = new SimpleObjectProperty<>();
    private final Map<Tag, BooleanProperty> chosen = new EnumMap<>(Tag.class);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private Set<Tag> wanted = Set.of();
    private boolean showing;

    /** @param onSaved gets the updated post on the FX thread after a save */
    public TagEditorViewModel(FeedService feed, TaskRunner tasks, StatusViewModel status, Messages messages,
                              Consumer<Post> onSaved) {
        this.feed = feed;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.onSaved = onSaved;
        for (Tag tag : Tag.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            on.addListener((obs, old, now) -> toggled());
            chosen.put(tag, on);
        }
        post.addListener((obs, old, now) -> show(old, now));
    }

    private void show(Post old, Post now) {
        boolean samePost = old != null && now != null && old.id() == now.id();
        if (!samePost) {
            note.set("");
        }
        if (now != null && (!samePost || !saving.get())) {
            wanted = now.tags();
            showTags(now.tags());
        }
    }

    private void showTags(Set<Tag> tags) {
        showing = true;
        try {
            chosen.forEach((tag, on) -> on.set(tags.contains(tag)));
        } finally {
            showing = false;
        }
    }

    private void toggled() {
        if (showing || post.get() == null) {
            return;
        }
        Set<Tag> now = EnumSet.noneOf(Tag.class);
        chosen.forEach((tag, on) -> {
            if (on.get()) {
                now.add(tag);
            }
        });
        wanted = Set.copyOf(now);
        if (!saving.get()) {
            save(post.get().id(), wanted);
        }
    }

    private void save(long postId, Set<Tag> tags) {
        saving.set(true);
        tasks.run(progress -> feed.setTags(postId, tags), updated -> saved(postId, tags, updated),
                failure -> failed(failure));
    }

    private void saved(long postId, Set<Tag> sent, Optional<Post> updated) {
        saving.set(false);
        Post current = post.get();
        boolean stillShown = current != null && current.id() == postId;
        if (stillShown && !wanted.equals(sent)) {
            save(postId, wanted);
            return;
        }
        if (stillShown) {
            note.set(updated.isPresent() ? messages.text("detail.tags.saved") : "");
            if (updated.isEmpty()) {
                status.error(messages.text("detail.tags.gone"));
            }
        }
        updated.ifPresent(onSaved);
        if (!stillShown && current != null && !wanted.equals(current.tags())) {
            save(current.id(), wanted);
        }
    }

    private void failed(Throwable failure) {
        saving.set(false);
        status.error(Problems.userText(failure, messages));
        Post current = post.get();
        if (current != null) {
            wanted = current.tags();
            showTags(current.tags());
        }
    }

    /** The post whose tags are shown; the main screen binds it to the feed's selection. */
    public ObjectProperty<Post> postProperty() {
        return post;
    }

    /** Whether the tag's toggle is pressed. */
    public BooleanProperty tagProperty(Tag tag) {
        return chosen.get(tag);
    }

    /** True while a change is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** "Saved…" after this post's tags were corrected here; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

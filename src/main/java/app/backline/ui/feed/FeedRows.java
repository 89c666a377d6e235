package app.backline.ui.feed;

import app.backline.domain.Post;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The posts on screen, the selected one, and which captions are open: what the feed's list shows. */
final class FeedRows {

    private final ObservableList<Post> posts = FXCollections.observableArrayList();
    private final ObjectProperty<Post> selected = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper firstPages = new ReadOnlyLongWrapper(0);
    private final ExpandedCaptions expanded = new ExpandedCaptions();

    /** A new first page replaces everything; the post of {@code keepSelected} stays selected if present. */
    void showFirstPage(List<Post> page, Long keepSelected) {
        expanded.clear();
        selected.set(null);
        posts.setAll(page);
        firstPages.set(firstPages.get() + 1);
        if (keepSelected != null) {
            posts.stream().filter(p -> p.id() == keepSelected).findFirst().ifPresent(selected::set);
        }
    }

    void append(List<Post> page) {
        posts.addAll(page);
    }

    void clear() {
        posts.clear();
        selected.set(null);
    }

    /** Shows the new version of a post in its row; the selection follows it. */
    void replace(Post updated) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).id() == updated.id()) {
                boolean wasSelected = selected.get() != null && selected.get().id() == updated.id();
                posts.set(i, updated);
                if (wasSelected) {
                    selected.set(updated);
                }
            }
        }
    }

    Long selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    ObservableList<Post> posts() {
        return posts;
    }

    ObjectProperty<Post> selectedProperty() {
        return selected;
    }

    ReadOnlyLongProperty firstPagesProperty() {
        return firstPages.getReadOnlyProperty();
    }

    ExpandedCaptions expanded() {
        return expanded;
    }
}

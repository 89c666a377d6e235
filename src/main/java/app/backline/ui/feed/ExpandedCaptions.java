package app.backline.ui.feed;

import app.backline.domain.Post;
import java.util.HashSet;
import java.util.Set;

/** Which posts show their caption in full; kept outside the cells so that recycled cells agree. */
public final class ExpandedCaptions {

    private final Set<Long> expanded = new HashSet<>();

    public boolean isExpanded(Post post) {
        return expanded.contains(post.id());
    }

    public void setExpanded(Post post, boolean show) {
        if (show) {
            expanded.add(post.id());
        } else {
            expanded.remove(post.id());
        }
    }

    void clear() {
        expanded.clear();
    }
}

package app.backline.ui.feed;

import app.backline.domain.Post;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.Messages;
import javafx.scene.control.ListCell;

/** A recycled list cell holding one {@link PostCard}; showing a row near the end asks for the next page. */
final class PostCell extends ListCell<Post> {

    private final FeedViewModel model;
    private final PostCard card;

    PostCell(FeedViewModel model, Formats formats, Messages messages, ThumbnailCache thumbnails) {
        this.model = model;
        this.card = new PostCard(formats, messages, thumbnails, model.expanded()::setExpanded);
        getStyleClass().add("post-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Post post, boolean empty) {
        super.updateItem(post, empty);
        setText(null);
        if (empty || post == null) {
            setGraphic(null);
            return;
        }
        card.show(post, model.expanded().isExpanded(post));
        setGraphic(card);
        model.rowShown(getIndex());
    }
}

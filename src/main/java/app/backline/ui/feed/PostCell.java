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
        // The card stays attached and is only hidden while the cell is empty: taking it out and putting it
        // back (a new artist's feed empties the list first) would restyle every node of it, the largest part
        // of showing a first page.
        setGraphic(card);
        card.setVisible(false);
    }

    @Override
    protected void updateItem(Post post, boolean empty) {
        super.updateItem(post, empty);
        setText(null);
        if (empty || post == null) {
            card.setVisible(false);
            return;
        }
        card.show(post, model.expanded().isExpanded(post));
        card.setVisible(true);
        model.rowShown(getIndex());
    }
}

package app.backline.ui.feed;

import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Post;
import app.backline.ui.common.AppIcon;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/** The square at the left of a card: the post's first local image, or an icon of its media type. */
final class Thumbnail extends StackPane {

    private static final PseudoClass HAS_IMAGE = PseudoClass.getPseudoClass("image");

    private final ThumbnailCache cache;
    private final ImageView view = new ImageView();
    private final FontIcon placeholder = new FontIcon();
    private final ChangeListener<Number> loaded = (obs, old, now) -> showWhenReady();
    private Image image;

    Thumbnail(ThumbnailCache cache) {
        this.cache = cache;
        int size = ThumbnailCache.SIZE;
        getStyleClass().add("thumbnail");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        Rectangle clip = new Rectangle(size, size);
        clip.setArcWidth(14);
        clip.setArcHeight(14);
        view.setClip(clip);
        placeholder.setIconSize(26);
        placeholder.getStyleClass().add("thumbnail-icon");
        getChildren().addAll(placeholder, view);
    }

    void show(Post post) {
        if (image != null) {
            image.progressProperty().removeListener(loaded);
        }
        Media media = post.thumbnail();
        boolean shown = media != null || post.mediaType() != MediaType.TEXT;
        setVisible(shown);
        setManaged(shown);
        MediaType type = media == null ? post.mediaType() : media.type();
        placeholder.setIconCode(iconFor(type, post.mediaType()).ikon());
        image = media == null || media.localPath() == null ? null : cache.get(media.localPath());
        if (image != null) {
            image.progressProperty().addListener(loaded);
        }
        showWhenReady();
    }

    private void showWhenReady() {
        boolean ready = image != null && image.getProgress() >= 1 && !image.isError() && image.getWidth() > 0;
        view.setImage(ready ? image : null);
        view.setViewport(ready ? squareCentre(image) : null);
        placeholder.setVisible(!ready);
        pseudoClassStateChanged(HAS_IMAGE, ready);
    }

    private static Rectangle2D squareCentre(Image img) {
        double side = Math.min(img.getWidth(), img.getHeight());
        return new Rectangle2D((img.getWidth() - side) / 2, (img.getHeight() - side) / 2, side, side);
    }

    private static AppIcon iconFor(MediaType itemType, MediaType postType) {
        if (postType == MediaType.CAROUSEL) {
            return AppIcon.CAROUSEL;
        }
        return switch (itemType) {
            case IMAGE -> AppIcon.IMAGE;
            case VIDEO, GIF -> AppIcon.VIDEO;
            case CAROUSEL -> AppIcon.CAROUSEL;
            case LINK -> AppIcon.LINK;
            case TEXT -> AppIcon.TEXT;
        };
    }
}

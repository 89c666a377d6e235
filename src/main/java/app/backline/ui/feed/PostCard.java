package app.backline.ui.feed;

import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.Tag;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.Formats;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.common.TagChips;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One post in the feed: platform, handle, time, caption (with more/less), thumbnail, metrics, markers. */
final class PostCard extends HBox {

    private final Formats formats;
    private final Messages messages;
    private final Thumbnail thumbnail;
    private final StackPane platform = new StackPane();
    private final Label handle = new Label();
    private final Label time = new Label();
    private final Label reply;
    private final Label repost;
    private final Label caption = new Label();
    private final Hyperlink more = new Hyperlink();
    private final HBox chips = new HBox(6);
    private final HBox tags = new HBox(4);
    private final Label likes;
    private final Label comments;
    private final Label shares;
    private final Label views;
    private final BiConsumer<Post, Boolean> onExpand;
    private final Map<Platform, FontIcon> logos = new EnumMap<>(Platform.class);
    private final Map<Tag, Label> tagChips = new EnumMap<>(Tag.class);
    private Post post;
    private boolean expanded;

    /** @param onExpand told when the user shows or hides a caption in full */
    PostCard(Formats formats, Messages messages, ThumbnailCache thumbnails, BiConsumer<Post, Boolean> onExpand) {
        super(14);
        this.formats = formats;
        this.messages = messages;
        this.onExpand = onExpand;
        this.thumbnail = new Thumbnail(thumbnails);
        reply = marker(AppIcon.REPLY, "feed.marker.reply");
        repost = marker(AppIcon.REPOST, "feed.marker.repost");
        likes = chip(AppIcon.LIKES);
        comments = chip(AppIcon.COMMENTS);
        shares = chip(AppIcon.SHARES);
        views = chip(AppIcon.VIEWS);
        getStyleClass().add("post-card");
        getChildren().addAll(thumbnail, body());
    }

    private VBox body() {
        handle.getStyleClass().addAll(Styles.TEXT_BOLD, "post-handle");
        handle.setMinWidth(Region.USE_PREF_SIZE);
        time.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "post-time");
        platform.getStyleClass().add("post-platform");
        tags.getStyleClass().add("post-tags");
        tags.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(8, platform, handle, time, reply, repost, tags);
        header.setAlignment(Pos.CENTER_LEFT);
        caption.setWrapText(true);
        caption.getStyleClass().add("post-caption");
        caption.setMinHeight(Region.USE_PREF_SIZE);
        more.getStyleClass().add("more-link");
        more.setOnAction(event -> toggle());
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.getChildren().addAll(likes, comments, shares, views);
        VBox body = new VBox(6, header, caption, more, chips);
        body.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(body, Priority.ALWAYS);
        return body;
    }

    void show(Post shown, boolean showAll) {
        post = shown;
        expanded = showAll;
        platform.getChildren().setAll(logos.computeIfAbsent(shown.platform(), p -> PlatformIcon.of(p).icon(16)));
        handle.setText(shown.handle() == null ? shown.platform().displayName() : "@" + shown.handle());
        time.setText(formats.dateTime(shown.postedAt()));
        setShown(reply, shown.reply());
        setShown(repost, shown.repost());
        thumbnail.show(shown);
        showTags(shown);
        showCaption();
        showMetrics(shown.metrics());
    }

    private void showTags(Post shown) {
        tags.getChildren().clear();
        for (Tag tag : TagChips.ordered(shown.tags())) {
            tags.getChildren().add(tagChips.computeIfAbsent(tag, t -> TagChips.chip(t, messages)));
        }
        setShown(tags, !shown.tags().isEmpty());
    }

    private void toggle() {
        expanded = !expanded;
        onExpand.accept(post, expanded);
        showCaption();
    }

    private void showCaption() {
        String text = post.caption();
        boolean longText = CaptionPreview.isLong(text);
        caption.setText(expanded || !longText ? text : CaptionPreview.of(text));
        setShown(caption, !text.isBlank());
        more.setText(messages.text(expanded ? "feed.less" : "feed.more"));
        setShown(more, longText);
    }

    private void showMetrics(Metrics metrics) {
        boolean any = showChip(likes, "metric.likes", metrics.likes());
        any |= showChip(comments, "metric.comments", metrics.comments());
        any |= showChip(shares, "metric.shares", metrics.shares());
        any |= showChip(views, "metric.views", metrics.views());
        setShown(chips, any);
    }

    private boolean showChip(Label chip, String key, Long value) {
        setShown(chip, value != null);
        if (value != null) {
            chip.setText(formats.compact(value));
            chip.getTooltip().setText(messages.text(key) + ": " + formats.number(value));
        }
        return value != null;
    }

    private static Label chip(AppIcon icon) {
        Label chip = new Label("", icon.icon(12));
        chip.getStyleClass().add("metric-chip");
        chip.setTooltip(new Tooltip());
        return chip;
    }

    private Label marker(AppIcon icon, String key) {
        Label label = new Label(messages.text(key), icon.icon(11));
        label.getStyleClass().addAll("post-marker", key.substring(key.lastIndexOf('.') + 1));
        return label;
    }

    private static void setShown(Region node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}

package app.backline.ui.detail;

import app.backline.domain.Post;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.EmptyState;
import app.backline.ui.common.Formats;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.detail.PostDetailViewModel.Detail;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The right column: everything stored about the selected post. */
public final class PostDetailView extends StackPane {

    private final PostDetailViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final DetailSections sections;
    private final VBox content = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(content);
    private final EmptyState empty;
    private final TagEditorView tags;

    public PostDetailView(PostDetailViewModel model, TagEditorViewModel tagEditor, Messages messages,
                          Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.sections = new DetailSections(model, messages);
        this.tags = new TagEditorView(tagEditor, messages);
        getStyleClass().add("detail");
        setId("post-detail");
        content.getStyleClass().add("detail-content");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        empty = new EmptyState(AppIcon.POST, messages.text("detail.none.title"), messages.text("detail.none.body"));
        getChildren().addAll(empty, scroll);
        model.detailProperty().subscribe(this::show);
    }

    private void show(Detail detail) {
        empty.setVisible(detail == null);
        scroll.setVisible(detail != null);
        if (detail == null) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(header(detail.post()), caption(detail), tags, sections.permalink(detail),
                sections.media(detail), sections.entities(detail), sections.grid("detail.metrics", detail.metrics()),
                sections.grid("detail.about", detail.facts()));
        content.getChildren().removeIf(node -> node == null);
        scroll.setVvalue(0);
    }

    private HBox header(Post post) {
        Label handle = new Label(post.handle() == null ? post.platform().displayName() : "@" + post.handle());
        handle.getStyleClass().addAll(Styles.TITLE_4, "detail-handle");
        Label when = new Label(post.handle() == null ? formats.dateTime(post.postedAt())
                : post.platform().displayName() + "  ·  " + formats.dateTime(post.postedAt()));
        when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox names = new VBox(2, handle, when);
        StackPane logo = new StackPane(PlatformIcon.of(post.platform()).icon(22));
        logo.getStyleClass().add("detail-logo");
        HBox header = new HBox(12, logo, names);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private VBox caption(Detail detail) {
        if (detail.caption().isBlank()) {
            Label none = new Label(messages.text("detail.caption.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return DetailSections.section(messages.text("detail.caption"), none);
        }
        TextArea text = new TextArea(detail.caption());
        text.setId("detail-caption");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("detail-caption");
        text.setPrefRowCount(Math.min(14, estimatedRows(detail.caption())));
        return DetailSections.section(messages.text("detail.caption"), text);
    }

    private static int estimatedRows(String caption) {
        int rows = 0;
        for (String line : caption.split("\n", -1)) {
            rows += 1 + line.length() / 42;
        }
        return Math.max(2, rows);
    }

    /** Moves the keyboard into the pane (Enter on a post in the feed): to its first tag chip. */
    public void focusContent() {
        if (scroll.isVisible()) {
            tags.focusFirst();
        }
    }

    /** What Escape inside the pane does: back to the feed. */
    public void setOnLeave(Runnable leave) {
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                leave.run();
                event.consume();
            }
        });
    }

    /** Opens the selected post's permalink, if any (used by a keyboard shortcut). */
    public void openPermalink() {
        model.openPermalink();
    }

    static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(event -> action.run());
        link.setWrapText(true);
        return link;
    }
}

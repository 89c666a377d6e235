package app.backline.ui.feed;

import app.backline.domain.Artist;
import app.backline.domain.Post;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.EmptyState;
import app.backline.ui.common.Formats;
import app.backline.ui.feed.FeedViewModel.State;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The centre column: the artist's name and post count, the filter bar, and the virtualized feed. */
public final class FeedView extends VBox {

    private final FeedViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ListView<Post> list = new ListView<>();
    private final FeedFilterBar filterBar;
    private final Label title = new Label();
    private final Label count = new Label();
    private final SortBox sort;
    private final StackPane body = new StackPane();

    /**
     * @param onImport     what "Import an archive" in the empty state does
     * @param onOpenDetail moves the keyboard into the detail pane (Enter on a post)
     */
    public FeedView(FeedViewModel model, Messages messages, Formats formats, Path dataDir, Runnable onImport,
                    Runnable onOpenDetail) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        getStyleClass().add("feed");
        sort = new SortBox(model.filters(), messages);
        filterBar = new FeedFilterBar(model.filters(), messages, formats, model.totals().countsProperty());
        ThumbnailCache thumbnails = new ThumbnailCache(dataDir);
        list.setId("feed-list");
        list.getStyleClass().add("feed-list");
        list.setItems(model.posts());
        list.setCellFactory(view -> new PostCell(model, formats, messages, thumbnails));
        list.setPlaceholder(new Label(""));
        bindSelection();
        FeedKeys.install(list, filterBar.searchField(), model, onOpenDetail);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), filterBar, body);
        model.stateProperty().subscribe(state -> showState(state, onImport));
        model.totalProperty().subscribe(total -> showCount(total.longValue()));
        model.filters().narrowedProperty().subscribe(narrowed -> showCount(model.totalProperty().get()));
        model.artistProperty().subscribe(artist -> title.setText(artist == null ? "" : artist.name()));
        model.firstPagesProperty().addListener((obs, old, now) -> list.scrollTo(0));
    }

    private HBox header() {
        title.getStyleClass().addAll(Styles.TITLE_3, "feed-title");
        title.setMinWidth(0);
        count.getStyleClass().addAll(Styles.TEXT_MUTED, "feed-count");
        count.setId("feed-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        sort.visibleProperty().bind(filterBar.visibleProperty());
        HBox header = new HBox(12, title, count, new Spacer(), sort);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("feed-header");
        return header;
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().subscribe(post -> {
            if (post == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != post) {
                list.getSelectionModel().select(post);
            }
        });
    }

    /** "176 posts", or "12 of 176 posts" while filters hide some. */
    private void showCount(long total) {
        Artist artist = model.artistProperty().get();
        if (total < 0 || artist == null) {
            count.setText("");
        } else if (model.filters().narrowedProperty().get()) {
            count.setText(messages.format("feed.count.filtered", total, artist.postCount()));
        } else {
            count.setText(messages.format("feed.count", total));
        }
    }

    private void showState(State state, Runnable onImport) {
        boolean hasFeed = state != State.NO_ARTIST && state != State.EMPTY_ARTIST;
        filterBar.setVisible(hasFeed);
        filterBar.setManaged(hasFeed);
        body.getChildren().setAll(list);
        Node overlay = overlay(state, onImport);
        if (overlay != null) {
            body.getChildren().add(overlay);
        }
        list.setVisible(state == State.READY || state == State.LOADING);
    }

    private Node overlay(State state, Runnable onImport) {
        return switch (state) {
            case LOADING -> spinner();
            case EMPTY_ARTIST -> new EmptyState(AppIcon.ARCHIVE, messages.text("feed.empty.title"),
                    messages.text("feed.empty.body")).withAction(AppIcon.IMPORT, messages.text("feed.empty.action"),
                    onImport).withNote(messages.text("feed.empty.note"));
            case NO_MATCH -> new EmptyState(AppIcon.SEARCH, messages.text("feed.noMatch.title"),
                    messages.text("feed.noMatch.body")).withAction(AppIcon.FILTER,
                    messages.text("feed.noMatch.action"), model.filters()::clear);
            case FAILED -> new EmptyState(AppIcon.ERROR, messages.text("feed.failed.title"),
                    messages.text("feed.failed.body")).withAction(AppIcon.FEED,
                    messages.text("feed.failed.action"), model::refresh);
            case NO_ARTIST, READY -> null;
        };
    }

    /** A spinner that fades in only if loading takes a noticeable time. */
    private static Node spinner() {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setMaxSize(36, 36);
        indicator.getStyleClass().add("feed-spinner");
        indicator.setOpacity(0);
        FadeTransition fade = new FadeTransition(Duration.millis(200), indicator);
        fade.setDelay(Duration.millis(300));
        fade.setToValue(1);
        fade.play();
        return indicator;
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        filterBar.focusSearch();
    }

    /** Puts the keyboard back on the feed, e.g. after Escape in the detail pane. */
    public void focusList() {
        list.requestFocus();
    }
}

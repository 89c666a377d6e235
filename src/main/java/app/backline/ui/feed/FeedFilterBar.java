package app.backline.ui.feed;

import app.backline.domain.FeedCounts;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The filter bar: search and the date range; the platform toggles and the Replies/Reposts toggles;
 * the tag chips. Platforms and tags show their facet counts.
 */
final class FeedFilterBar extends VBox {

    private final Messages messages;
    private final CustomTextField search = new CustomTextField();

    FeedFilterBar(FeedFilterViewModel model, Messages messages, Formats formats, ObservableValue<FeedCounts> counts) {
        super(8);
        this.messages = messages;
        getStyleClass().add("filter-bar");
        FacetToggles facets = new FacetToggles(model, messages, formats, counts);
        HBox top = new HBox(12, searchField(model), new DateRangeField(model, messages));
        top.setAlignment(Pos.CENTER_LEFT);
        HBox platforms = facets.platformGroup();
        platforms.setMinWidth(HBox.USE_PREF_SIZE);
        FlowPane toggles = new FlowPane(16, 8, platforms, kindToggles(model));
        toggles.setAlignment(Pos.CENTER_LEFT);
        HBox tags = facets.tagGroup();
        tags.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, toggles, tags);
    }

    private CustomTextField searchField(FeedFilterViewModel model) {
        search.setId("feed-search");
        search.setPromptText(messages.text("feed.search.prompt"));
        search.setTooltip(new Tooltip(messages.text("feed.search.tip")));
        search.setLeft(AppIcon.SEARCH.icon());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setRight(clearSearch(model));
        search.setMinWidth(170);
        HBox.setHgrow(search, Priority.ALWAYS);
        return search;
    }

    /** Replies and Reposts, shown when on. */
    private HBox kindToggles(FeedFilterViewModel model) {
        ToggleButton replies = optionToggle("feed-replies", AppIcon.REPLY, "feed.filter.replies",
                "feed.filter.replies.tip");
        replies.selectedProperty().bindBidirectional(model.repliesProperty());
        ToggleButton reposts = optionToggle("feed-reposts", AppIcon.REPOST, "feed.filter.reposts",
                "feed.filter.reposts.tip");
        reposts.selectedProperty().bindBidirectional(model.repostsProperty());
        return new HBox(8, replies, reposts);
    }

    private Button clearSearch(FeedFilterViewModel model) {
        Button clear = new Button(null, AppIcon.CLOSE.icon(12));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "search-clear");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(model.searchProperty().isNotEmpty());
        clear.setOnAction(event -> model.searchProperty().set(""));
        clear.setTooltip(new Tooltip(messages.text("feed.search.clear")));
        return clear;
    }

    private ToggleButton optionToggle(String id, AppIcon icon, String key, String tipKey) {
        ToggleButton toggle = new ToggleButton(messages.text(key), icon.icon(13));
        toggle.setId(id);
        toggle.getStyleClass().add("option-toggle");
        toggle.setTooltip(new Tooltip(messages.text(tipKey)));
        toggle.setMinWidth(ToggleButton.USE_PREF_SIZE);
        return toggle;
    }

    /** Moves keyboard focus to the search field (Ctrl+F). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The search field, for the feed's keyboard handling. */
    CustomTextField searchField() {
        return search;
    }
}

package app.backline.ui.feed;

import app.backline.domain.Platform;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The search field above a row of platform toggles and the Replies/Reposts toggles. */
final class FeedFilterBar extends VBox {

    private final Messages messages;
    private final CustomTextField search = new CustomTextField();

    FeedFilterBar(FeedFilterViewModel model, Messages messages) {
        super(8);
        this.messages = messages;
        getStyleClass().add("filter-bar");
        search.setId("feed-search");
        search.setPromptText(messages.text("feed.search.prompt"));
        search.setLeft(AppIcon.SEARCH.icon());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setRight(clearSearch(model));
        search.setMaxWidth(Double.MAX_VALUE);
        ToggleButton replies = optionToggle("feed-replies", AppIcon.REPLY, "feed.filter.replies", "feed.filter.replies.tip");
        replies.selectedProperty().bindBidirectional(model.repliesProperty());
        ToggleButton reposts = optionToggle("feed-reposts", AppIcon.REPOST, "feed.filter.reposts", "feed.filter.reposts.tip");
        reposts.selectedProperty().bindBidirectional(model.repostsProperty());
        HBox toggles = new HBox(8, platformToggles(model), new Spacer(), replies, reposts);
        toggles.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(search, toggles);
    }

    /** One pill-shaped group of the five platform toggles. */
    private HBox platformToggles(FeedFilterViewModel model) {
        HBox platforms = new HBox();
        platforms.getStyleClass().add("platform-toggles");
        Platform[] all = Platform.values();
        for (int i = 0; i < all.length; i++) {
            ToggleButton toggle = platformToggle(all[i], model);
            toggle.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            platforms.getChildren().add(toggle);
        }
        return platforms;
    }

    private ToggleButton platformToggle(Platform platform, FeedFilterViewModel model) {
        ToggleButton toggle = new ToggleButton(null, PlatformIcon.of(platform).icon(14));
        toggle.setId("feed-platform-" + platform.key());
        toggle.getStyleClass().add("platform-toggle");
        toggle.setTooltip(new Tooltip(messages.format("feed.filter.platform.tip", platform.displayName())));
        toggle.setFocusTraversable(true);
        toggle.selectedProperty().bindBidirectional(model.platformProperty(platform));
        return toggle;
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
        return toggle;
    }

    /** Moves keyboard focus to the search field (Ctrl+F). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}

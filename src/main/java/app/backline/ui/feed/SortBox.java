package app.backline.ui.feed;

import app.backline.domain.FeedSort;
import app.backline.ui.fx.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** "Newest first" or "Most engagement", in the feed's header. */
final class SortBox extends ComboBox<FeedSort> {

    SortBox(FeedFilterViewModel model, Messages messages) {
        setId("feed-sort");
        getStyleClass().add("sort-box");
        getItems().setAll(FeedSort.values());
        setConverter(new StringConverter<>() {
            @Override
            public String toString(FeedSort value) {
                return value == null ? "" : messages.text("feed.sort." + value.name());
            }

            @Override
            public FeedSort fromString(String text) {
                return null;
            }
        });
        valueProperty().bindBidirectional(model.sortProperty());
        setTooltip(new Tooltip(messages.text("feed.sort.tip")));
        setMinWidth(USE_PREF_SIZE);
    }
}

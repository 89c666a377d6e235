package app.backline.ui.feed;

import app.backline.domain.FeedCounts;
import app.backline.domain.Platform;
import app.backline.domain.Tag;
import app.backline.ui.common.Formats;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.common.TagChips;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The platform toggles and the tag chips of the filter bar, each with its facet count. */
final class FacetToggles {

    private final FeedFilterViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Map<Platform, ToggleButton> platforms = new EnumMap<>(Platform.class);
    private final Map<Tag, ToggleButton> tags = new EnumMap<>(Tag.class);

    FacetToggles(FeedFilterViewModel model, Messages messages, Formats formats, ObservableValue<FeedCounts> counts) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        counts.subscribe(this::showCounts);
    }

    /** One pill-shaped group of the five platform toggles. */
    HBox platformGroup() {
        HBox group = new HBox();
        group.getStyleClass().add("platform-toggles");
        Platform[] all = Platform.values();
        for (int i = 0; i < all.length; i++) {
            ToggleButton toggle = platformToggle(all[i]);
            toggle.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            group.getChildren().add(toggle);
        }
        return group;
    }

    private ToggleButton platformToggle(Platform platform) {
        ToggleButton toggle = new ToggleButton(null, PlatformIcon.of(platform).icon(14));
        toggle.setId("feed-platform-" + platform.key());
        toggle.getStyleClass().add("platform-toggle");
        toggle.setTooltip(new Tooltip(messages.format("feed.filter.platform.tip", platform.displayName())));
        toggle.selectedProperty().bindBidirectional(model.platformProperty(platform));
        platforms.put(platform, toggle);
        return toggle;
    }

    /** The five tag chips; at most one pressed, pressing it again shows every tag. */
    HBox tagGroup() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(6);
        row.getStyleClass().add("tag-toggles");
        for (Tag tag : Tag.values()) {
            ToggleButton chip = TagChips.toggle(tag, messages);
            chip.setId("feed-tag-" + tag.key());
            chip.setToggleGroup(group);
            chip.setTooltip(new Tooltip(messages.format("feed.filter.tag.tip", TagChips.name(tag, messages))));
            tags.put(tag, chip);
            row.getChildren().add(chip);
        }
        group.selectedToggleProperty().subscribe(selected -> model.tagProperty().set(tagOf(selected)));
        model.tagProperty().subscribe(tag -> group.selectToggle(tag == null ? null : tags.get(tag)));
        return row;
    }

    private Tag tagOf(Object toggle) {
        return tags.entrySet().stream().filter(e -> e.getValue() == toggle).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** Exact up to 9,999 ("2,045"), then short ("12.3K"). */
    private String count(long value) {
        return value < 10_000 ? formats.number(value) : formats.compact(value);
    }

    /** "Release 12" on each chip and the count beside each platform logo; blank until counted. */
    private void showCounts(FeedCounts counts) {
        platforms.forEach((platform, toggle) -> toggle.setText(counts == null ? null
                : count(counts.byPlatform().getOrDefault(platform, 0L))));
        tags.forEach((tag, chip) -> chip.setText(counts == null ? TagChips.name(tag, messages)
                : messages.format("feed.filter.tag", TagChips.name(tag, messages),
                        counts.byTag().getOrDefault(tag, 0L))));
    }
}

package app.backline.ui.feed;

import app.backline.ui.common.AppIcon;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** "From [date] – To [date] ×": the feed's date range, each end optional, in the user's own days. */
final class DateRangeField extends HBox {

    private static final double PICKER_WIDTH = 118;

    DateRangeField(FeedFilterViewModel model, Messages messages) {
        super(6);
        getStyleClass().add("date-range");
        setAlignment(Pos.CENTER_LEFT);
        DatePicker from = picker("feed-from", messages.text("feed.filter.from"), model.fromDateProperty(),
                day -> model.toDateProperty().get() != null && day.isAfter(model.toDateProperty().get()));
        from.setTooltip(new Tooltip(messages.text("feed.filter.from.tip")));
        DatePicker to = picker("feed-to", messages.text("feed.filter.to"), model.toDateProperty(),
                day -> model.fromDateProperty().get() != null && day.isBefore(model.fromDateProperty().get()));
        to.setTooltip(new Tooltip(messages.text("feed.filter.to.tip")));
        Label dash = new Label("–");
        dash.getStyleClass().add(Styles.TEXT_MUTED);
        Button clear = new Button(null, AppIcon.CLOSE.icon(12));
        clear.setId("feed-dates-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip(messages.text("feed.filter.dates.clear")));
        clear.setOnAction(event -> model.clearDates());
        clear.visibleProperty().bind(model.fromDateProperty().isNotNull().or(model.toDateProperty().isNotNull()));
        clear.managedProperty().bind(clear.visibleProperty());
        getChildren().addAll(from, dash, to, clear);
    }

    private static DatePicker picker(String id, String prompt, ObjectProperty<LocalDate> value,
                                     Predicate<LocalDate> outOfRange) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(PICKER_WIDTH);
        picker.setMinWidth(PICKER_WIDTH);
        picker.setEditable(false);
        picker.getStyleClass().add(Styles.SMALL);
        picker.valueProperty().bindBidirectional(value);
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day == null || outOfRange.test(day));
            }
        });
        return picker;
    }
}

package app.backline.ui.detail;

import app.backline.ui.common.AppIcon;
import app.backline.ui.detail.PostDetailViewModel.Detail;
import app.backline.ui.detail.PostDetailViewModel.Field;
import app.backline.ui.detail.PostDetailViewModel.MediaLine;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Builds the titled sections of the detail pane below the caption. */
final class DetailSections {

    private static final int PREVIEW_WIDTH = 300;

    private final PostDetailViewModel model;
    private final Messages messages;

    DetailSections(PostDetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    static VBox section(String title, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(body);
        box.getStyleClass().add("detail-section");
        return box;
    }

    VBox permalink(Detail detail) {
        if (detail.permalink() == null) {
            return section(messages.text("detail.permalink"), muted(messages.text("detail.permalink.none")));
        }
        Hyperlink link = PostDetailView.link(detail.permalink(), model::openPermalink);
        link.setId("detail-permalink");
        link.setGraphic(AppIcon.EXTERNAL.icon(13));
        return section(messages.text("detail.permalink"), link);
    }

    VBox media(Detail detail) {
        if (detail.media().isEmpty()) {
            return section(messages.text("detail.media"), muted(messages.text("detail.media.none")));
        }
        VBox lines = new VBox(8);
        detail.media().stream().filter(MediaLine::storedOffline).findFirst()
                .ifPresent(line -> lines.getChildren().add(preview(line)));
        for (MediaLine line : detail.media()) {
            lines.getChildren().add(mediaLine(line));
        }
        return section(messages.format("detail.media.count", detail.media().size()), lines);
    }

    /** The first stored item, loaded in the background; a video's poster or an unreadable file shows nothing. */
    private static Node preview(MediaLine line) {
        ImageView view = new ImageView(new Image(Path.of(line.localCopy()).toUri().toString(),
                PREVIEW_WIDTH * 2, PREVIEW_WIDTH * 2, true, true, true));
        view.setFitWidth(PREVIEW_WIDTH);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.getStyleClass().add("media-preview");
        view.visibleProperty().bind(view.getImage().errorProperty().not());
        view.managedProperty().bind(view.visibleProperty());
        return view;
    }

    private HBox mediaLine(MediaLine line) {
        Label type = new Label(line.type(), (line.storedOffline() ? AppIcon.STORED : AppIcon.OFFLINE).icon(14));
        type.getStyleClass().add(Styles.TEXT_BOLD);
        type.setMinWidth(Label.USE_PREF_SIZE);
        Label where = new Label(line.storedOffline() ? line.localCopy() : messages.text("detail.media.offline"));
        where.setWrapText(true);
        where.getStyleClass().add(line.storedOffline() ? "media-path" : Styles.TEXT_MUTED);
        HBox row = new HBox(10, type, where);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    VBox entities(Detail detail) {
        VBox box = section(messages.text("detail.entities"));
        addChips(box, AppIcon.HASHTAG, "#", detail.hashtags());
        addChips(box, AppIcon.MENTION, "@", detail.mentions());
        for (String url : detail.links()) {
            Hyperlink link = PostDetailView.link(url, () -> model.open(url));
            link.setGraphic(AppIcon.LINK.icon(12));
            box.getChildren().add(link);
        }
        if (box.getChildren().size() == 1) {
            box.getChildren().add(muted(messages.text("detail.entities.none")));
        }
        return box;
    }

    private void addChips(VBox box, AppIcon icon, String prefix, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        FlowPane chips = new FlowPane(6, 6);
        for (String value : values) {
            Label chip = new Label(prefix + value);
            chip.getStyleClass().add("entity-chip");
            chips.getChildren().add(chip);
        }
        Label kind = new Label(null, icon.icon(13));
        kind.getStyleClass().add(Styles.TEXT_MUTED);
        HBox row = new HBox(8, kind, chips);
        HBox.setHgrow(chips, Priority.ALWAYS);
        box.getChildren().add(row);
    }

    VBox grid(String titleKey, List<Field> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        for (int row = 0; row < fields.size(); row++) {
            Label label = new Label(fields.get(row).label());
            label.getStyleClass().addAll(Styles.TEXT_MUTED, "field-label");
            Label value = new Label(fields.get(row).value());
            value.setWrapText(true);
            value.getStyleClass().add("field-value");
            grid.addRow(row, label, value);
        }
        return section(messages.text(titleKey), grid);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}

package app.backline.ui.exports;

import app.backline.export.ExportFormat;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.FilePicker;
import app.backline.ui.fx.Messages;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/** Toolbar "Export": pick CSV or JSON, then where to save, proposing a sensible file name. */
public final class ExportButton extends MenuButton {

    private final FilePicker picker;
    private final Function<ExportFormat, String> suggestedName;
    private final BiConsumer<ExportFormat, Path> onChosen;

    public ExportButton(Messages messages, FilePicker picker, ObservableBooleanValue enabled,
                        Function<ExportFormat, String> suggestedName, BiConsumer<ExportFormat, Path> onChosen) {
        this.picker = picker;
        this.suggestedName = suggestedName;
        this.onChosen = onChosen;
        setId("export-button");
        setText(messages.text("export.button"));
        setGraphic(AppIcon.EXPORT.icon());
        setTooltip(new Tooltip(messages.text("export.button.tip")));
        getItems().addAll(item("export-csv", messages.text("export.csv"), ExportFormat.CSV),
                item("export-json", messages.text("export.json"), ExportFormat.JSON));
        disableProperty().bind(Bindings.not(enabled));
    }

    private MenuItem item(String id, String text, ExportFormat format) {
        MenuItem item = new MenuItem(text, AppIcon.FILE.icon());
        item.setId(id);
        item.setOnAction(event -> choose(format));
        return item;
    }

    /** Asks where to save the export in {@code format}, then starts it. */
    public void choose(ExportFormat format) {
        picker.exportFile(getScene().getWindow(), suggestedName.apply(format), format)
                .ifPresent(file -> onChosen.accept(format, file));
    }
}

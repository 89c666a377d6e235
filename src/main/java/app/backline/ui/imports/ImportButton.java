package app.backline.ui.imports;

import app.backline.ui.common.AppIcon;
import app.backline.ui.common.FilePicker;
import app.backline.ui.fx.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tooltip;

/** Toolbar "Import": the button picks zip files; its menu offers zip files or an unpacked folder. */
public final class ImportButton extends SplitMenuButton {

    private final FilePicker picker;
    private final Consumer<List<Path>> onChosen;

    public ImportButton(Messages messages, FilePicker picker, ObservableBooleanValue enabled,
                        Consumer<List<Path>> onChosen) {
        this.picker = picker;
        this.onChosen = onChosen;
        setId("import-button");
        setText(messages.text("import.button"));
        setGraphic(AppIcon.IMPORT.icon());
        setTooltip(new Tooltip(messages.text("import.button.tip")));
        MenuItem zip = new MenuItem(messages.text("import.zip"), AppIcon.ARCHIVE.icon());
        zip.setId("import-zip");
        zip.setOnAction(event -> chooseZip());
        MenuItem folder = new MenuItem(messages.text("import.folder"), AppIcon.FOLDER.icon());
        folder.setId("import-folder");
        folder.setOnAction(event -> chooseFolder());
        getItems().addAll(zip, folder);
        setOnAction(event -> chooseZip());
        disableProperty().bind(Bindings.not(enabled));
    }

    /** Asks for zip archives (several may be chosen), then imports them in turn. */
    public void chooseZip() {
        List<Path> chosen = picker.archiveFiles(getScene().getWindow());
        if (!chosen.isEmpty()) {
            onChosen.accept(chosen);
        }
    }

    public void chooseFolder() {
        picker.archiveFolder(getScene().getWindow()).ifPresent(folder -> onChosen.accept(List.of(folder)));
    }
}

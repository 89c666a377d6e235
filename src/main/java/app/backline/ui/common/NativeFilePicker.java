package app.backline.ui.common;

import app.backline.export.ExportFormat;
import app.backline.ui.fx.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's open, folder and save dialogs, each starting where the last one ended. */
public final class NativeFilePicker implements FilePicker {

    private final Messages messages;
    private File lastFolder;

    public NativeFilePicker(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Path> archiveFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("import.chooser.zip"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.text("import.chooser.zipFilter"), "*.zip"));
        startIn(chooser);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0));
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> archiveFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("import.chooser.folder"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            lastFolder = folder.getParentFile();
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> exportFile(Window owner, String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("export.chooser.title"));
        chooser.setInitialFileName(suggestedName);
        String extension = format.name().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.format("export.chooser.filter", format.name()), "*." + extension));
        startIn(chooser);
        return remember(chooser.showSaveDialog(owner));
    }

    private void startIn(FileChooser chooser) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}

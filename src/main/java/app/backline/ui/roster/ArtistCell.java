package app.backline.ui.roster;

import app.backline.domain.Artist;
import app.backline.ui.common.Formats;
import app.backline.ui.imports.ArchiveDrop;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** A roster row: an initials badge, the artist's name and its post count. */
final class ArtistCell extends ListCell<Artist> {

    private static final int AVATAR_COLOURS = 6;

    private final Label initials = new Label();
    private final StackPane avatar = new StackPane(initials);
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox row = new HBox(10, avatar, name, count);
    private final Formats formats;

    /** @param onDrop imports archives dropped on the row into the row's artist */
    ArtistCell(Formats formats, BooleanSupplier canImport, BiConsumer<Artist, List<Path>> onDrop) {
        this.formats = formats;
        getStyleClass().add("artist-cell");
        ArchiveDrop.install(this, () -> getItem() != null && canImport.getAsBoolean(),
                archives -> onDrop.accept(getItem(), archives));
        avatar.getStyleClass().add("avatar");
        initials.getStyleClass().add("avatar-text");
        name.getStyleClass().add("artist-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        count.getStyleClass().addAll("count-badge", Styles.TEXT_SMALL);
        count.setMinWidth(Label.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Artist artist, boolean empty) {
        super.updateItem(artist, empty);
        if (empty || artist == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        initials.setText(initialsOf(artist.name()));
        avatar.getStyleClass().removeIf(c -> c.startsWith("avatar-"));
        avatar.getStyleClass().add("avatar-" + Math.floorMod(artist.name().hashCode(), AVATAR_COLOURS));
        name.setText(artist.name());
        count.setText(formats.compact(artist.postCount()));
        setGraphic(row);
        setText(null);
    }

    /** Up to two letters: the first letters of the first two words, e.g. "The Lumineers" → "TL". */
    static String initialsOf(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && out.length() < 2) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return out.toString();
    }
}

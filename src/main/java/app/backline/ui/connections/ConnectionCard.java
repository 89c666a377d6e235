package app.backline.ui.connections;

import app.backline.domain.ConnectionState;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.Badges;
import app.backline.ui.common.Badges.Tone;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One account in the Connections panel: logo, name and state badge; when it last synced and when it syncs
 * next; what a running sync does; the error, the reconnect hint and the engine's note; Sync now, Pause/Resume
 * and Remove. Updated in place by {@link #show}, so keyboard focus on its buttons survives new snapshots.
 */
final class ConnectionCard extends HBox {

    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    private static final PseudoClass DISCONNECTED = PseudoClass.getPseudoClass("disconnected");

    private final Messages messages;
    private final StackPane logo = new StackPane();
    private final Label name = new Label();
    private final Label badge = Badges.badge("", Tone.NEUTRAL);
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label meta = new Label();
    private final Label activity = new Label();
    private final Label error = new Label();
    private final Label reconnect = new Label();
    private final Label note = new Label();
    private final Button syncNow;
    private final Button pause;
    private final Button remove;
    private final HBox actions;
    private final Tooltip archiveTip;
    private ConnectionRow row;

    ConnectionCard(Messages messages, Consumer<ConnectionRow> onSync, Consumer<ConnectionRow> onPause,
                   Consumer<ConnectionRow> onRemove) {
        super(14);
        this.messages = messages;
        getStyleClass().add("connection-card");
        logo.getStyleClass().add("connection-logo");
        syncNow = button(messages.text("connections.syncNow"), AppIcon.SYNC, "connections.syncNow.tip", onSync);
        syncNow.getStyleClass().add("sync-now");
        pause = button("", null, "connections.pause.tip", onPause);
        pause.getStyleClass().add("pause");
        remove = button(null, AppIcon.REMOVE, "connections.remove.tip", onRemove);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER, "remove");
        actions = new HBox(6, syncNow, pause, remove);
        actions.setAlignment(Pos.TOP_RIGHT);
        actions.setMinWidth(HBox.USE_PREF_SIZE);
        archiveTip = new Tooltip(messages.text("connections.archiveOnly.tip"));
        getChildren().addAll(logo, details(), actions);
    }

    private VBox details() {
        name.getStyleClass().add("connection-name");
        name.setMinWidth(0);
        spinner.getStyleClass().add("badge-spinner");
        spinner.setMaxSize(11, 11);
        spinner.setPrefSize(11, 11);
        HBox title = new HBox(10, name, badge);
        title.setAlignment(Pos.CENTER_LEFT);
        meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "connection-meta");
        activity.getStyleClass().addAll(Styles.TEXT_SMALL, "connection-activity");
        error.getStyleClass().add("connection-error");
        error.setGraphic(AppIcon.ERROR.icon(14));
        reconnect.getStyleClass().add("connection-reconnect");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, "connection-note");
        note.setGraphic(AppIcon.INFO.icon(13));
        for (Label wrapped : new Label[] {meta, activity, error, reconnect, note}) {
            wrapped.setWrapText(true);
            wrapped.setMinHeight(Label.USE_PREF_SIZE);
        }
        VBox box = new VBox(4, title, meta, activity, error, reconnect, note);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Button button(String text, AppIcon icon, String tipKey, Consumer<ConnectionRow> action) {
        Button button = new Button(text, icon == null ? null : icon.icon());
        button.getStyleClass().add(Styles.SMALL);
        if (tipKey != null) {
            button.setTooltip(new Tooltip(messages.text(tipKey)));
        }
        button.setOnAction(event -> action.accept(row));
        return button;
    }

    /** Shows the row's current state. */
    void show(ConnectionRow now) {
        if (row == null || row.platform() != now.platform()) {
            logo.getChildren().setAll(PlatformIcon.of(now.platform()).icon(20));
        }
        row = now;
        setId("connection-" + now.accountId());
        name.setText(now.name());
        badge.setText(now.stateText());
        Badges.tone(badge, now.archiveOnly() ? Tone.NEUTRAL : tone(now.state()));
        badge.setGraphic(now.running() ? spinner : null);
        badge.setTooltip(now.archiveOnly() ? archiveTip : null);
        meta.setText(Stream.of(now.platform().displayName(), now.lastSynced(), now.nextSync(), now.token())
                .filter(text -> !text.isEmpty()).collect(Collectors.joining("  ·  ")));
        showText(activity, now.activity());
        showText(error, now.error());
        showText(reconnect, now.reconnectHint());
        showText(note, now.note());
        syncNow.setDisable(!now.canSync());
        pause.setText(messages.text(now.paused() ? "connections.resume" : "connections.pause"));
        pause.setGraphic((now.paused() ? AppIcon.PLAY : AppIcon.PAUSE).icon());
        pause.getTooltip().setText(messages.text(now.paused() ? "connections.resume.tip" : "connections.pause.tip"));
        pause.setDisable(!now.canPause());
        remove.setDisable(!now.canRemove());
        actions.setVisible(!now.archiveOnly());
        actions.setManaged(!now.archiveOnly());
        pseudoClassStateChanged(FAILING, now.needsAttention() && now.state() == ConnectionState.ERROR);
        pseudoClassStateChanged(DISCONNECTED, now.needsAttention() && now.state() == ConnectionState.DISCONNECTED);
    }

    private static void showText(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    /** PENDING neutral, SYNCING accent, READY success, ERROR danger, DISCONNECTED warning. */
    static Tone tone(ConnectionState state) {
        return switch (state) {
            case PENDING -> Tone.NEUTRAL;
            case SYNCING -> Tone.ACCENT;
            case READY -> Tone.SUCCESS;
            case ERROR -> Tone.DANGER;
            case DISCONNECTED -> Tone.WARNING;
        };
    }

    ConnectionRow row() {
        return row;
    }
}

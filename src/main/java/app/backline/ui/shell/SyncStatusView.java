package app.backline.ui.shell;

import app.backline.ui.common.AppIcon;
import app.backline.ui.fx.Messages;
import app.backline.ui.shell.SyncSummaryViewModel.Kind;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's sync summary with a spinner while syncing: a flat button that opens the connections of
 * an account needing attention, or else the Sync runs.
 */
final class SyncStatusView extends Button {

    private final ProgressIndicator spinner = new ProgressIndicator();

    SyncStatusView(SyncSummaryViewModel model, Messages messages, Runnable openAttention, Runnable openRuns) {
        setId("sync-summary");
        getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "sync-summary");
        spinner.setMaxSize(14, 14);
        spinner.setPrefSize(14, 14);
        textProperty().bind(model.textProperty());
        Tooltip tip = new Tooltip();
        setTooltip(tip);
        model.kindProperty().subscribe(kind -> {
            setGraphic(graphic(kind));
            getStyleClass().removeAll(Styles.WARNING, Styles.SUCCESS);
            if (kind == Kind.ATTENTION) {
                getStyleClass().add(Styles.WARNING);
            }
            tip.setText(messages.text(kind == Kind.ATTENTION ? "sync.summary.attention.tip" : "sync.runs"));
            setVisible(kind != Kind.NONE);
            setManaged(kind != Kind.NONE);
        });
        setOnAction(event -> (model.kindProperty().get() == Kind.ATTENTION ? openAttention : openRuns).run());
    }

    private Node graphic(Kind kind) {
        return switch (kind) {
            case SYNCING -> spinner;
            case OFFLINE -> icon(AppIcon.OFFLINE, null);
            case ATTENTION -> icon(AppIcon.WARNING, Styles.WARNING);
            case WAITING -> icon(AppIcon.CLOCK, null);
            case UP_TO_DATE -> icon(AppIcon.SUCCESS, Styles.SUCCESS);
            case NONE -> null;
        };
    }

    private static FontIcon icon(AppIcon icon, String style) {
        FontIcon node = icon.icon(14);
        if (style != null) {
            node.getStyleClass().add(style);
        }
        return node;
    }
}

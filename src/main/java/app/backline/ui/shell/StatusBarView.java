package app.backline.ui.shell;

import app.backline.ui.common.AppIcon;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.common.StatusViewModel.Kind;
import app.backline.ui.fx.Job;
import app.backline.ui.fx.Messages;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The bottom line: the latest message; the sync summary; while a job runs, its progress and Cancel. */
final class StatusBarView extends HBox {

    private final Label message = new Label();
    private final Label jobText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;
    private final HBox jobBox;

    StatusBarView(StatusViewModel model, Messages messages) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        model.kindProperty().subscribe(kind -> showKind(kind, model.messageProperty().get()));
        model.messageProperty().subscribe(text -> showKind(model.kindProperty().get(), text));
        cancel = new Button(messages.text("status.cancel"));
        model.jobProperty().subscribe(running -> follow(running, model));
        jobBox = jobBox(model);
        getChildren().addAll(message, new Spacer(), jobBox);
    }

    /** Puts the live sync summary at the right end, before a running job's progress. */
    void showSync(Node summary) {
        getChildren().remove(summary);
        getChildren().add(getChildren().indexOf(jobBox), summary);
    }

    /** Right side while a job runs: its latest line, its progress, and Cancel when it can be cancelled. */
    private HBox jobBox(StatusViewModel model) {
        jobText.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        jobText.setId("status-job");
        progress.setPrefWidth(180);
        progress.getStyleClass().add(Styles.SMALL);
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.FLAT);
        cancel.setOnAction(event -> model.cancelJob());
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox job = new HBox(8, jobText, progress, cancel);
        job.setAlignment(Pos.CENTER_RIGHT);
        job.visibleProperty().bind(model.busyProperty());
        job.managedProperty().bind(job.visibleProperty());
        return job;
    }

    private void showKind(Kind kind, String text) {
        message.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (text == null || text.isEmpty()) {
            message.setGraphic(null);
            return;
        }
        AppIcon icon = switch (kind) {
            case SUCCESS -> AppIcon.SUCCESS;
            case ERROR -> AppIcon.ERROR;
            case INFO -> AppIcon.INFO;
        };
        message.setGraphic(icon.icon(14));
        if (kind == Kind.SUCCESS) {
            message.getStyleClass().add(Styles.SUCCESS);
        } else if (kind == Kind.ERROR) {
            message.getStyleClass().add(Styles.DANGER);
        }
    }

    /** Binds to the running job: its progress, and its latest line (or the job's name until it has one). */
    private void follow(Job job, StatusViewModel model) {
        progress.progressProperty().unbind();
        jobText.textProperty().unbind();
        if (job != null) {
            progress.progressProperty().bind(job.progressProperty());
            jobText.textProperty().bind(Bindings.when(job.messageProperty().isEmpty())
                    .then(model.jobLabelProperty()).otherwise(job.messageProperty()));
        }
    }
}

package app.backline.ui.shell;

import app.backline.ui.common.Formats;
import app.backline.ui.common.LinkOpener;
import app.backline.ui.fx.Delay;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.time.Clock;

/**
 * The UI's own tools that every ViewModel may need: threads (background work, and the FX thread for
 * snapshots published by services), timing, words, formats, the browser.
 */
public record UiKit(TaskRunner tasks, FxExecutor fx, Delay delay, Messages messages, Formats formats, Clock clock,
                    LinkOpener links) {
}

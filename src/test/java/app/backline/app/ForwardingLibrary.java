package app.backline.app;

import app.backline.ui.shell.UiServices;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A library passing everything to the real one; screen-flow tests override what they watch or change. */
class ForwardingLibrary implements Library {

    final Library real;

    ForwardingLibrary(Library real) {
        this.real = real;
    }

    @Override
    public UiServices services() {
        return real.services();
    }

    @Override
    public void startBackgroundJobs(Consumer<String> problems) {
        real.startBackgroundJobs(problems);
    }

    @Override
    public CompletionStage<Void> ready() {
        return real.ready();
    }

    @Override
    public List<String> notices() {
        return real.notices();
    }

    @Override
    public Optional<Duration> tidyOnClose() {
        return real.tidyOnClose();
    }

    @Override
    public void close() {
        real.close();
    }
}

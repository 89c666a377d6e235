package app.backline.ui.fx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A Delay whose scheduled actions run only when the test says time has passed. */
public final class ManualDelay implements Delay {

    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public Runnable schedule(Duration wait, Runnable action) {
        scheduled.add(action);
        return () -> scheduled.remove(action);
    }

    public int scheduledCount() {
        return scheduled.size();
    }

    /** Runs every action still scheduled. */
    public void elapse() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }
}

package app.backline.ui.fx;

import app.backline.common.Progress;

/** A unit of background work; it may report progress and must poll {@link Progress#isCancelled()} if long. */
@FunctionalInterface
public interface Work<T> {

    T call(Progress progress) throws Exception;
}

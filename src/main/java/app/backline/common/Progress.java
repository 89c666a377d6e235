package app.backline.common;

/**
 * How long-running work (import, export, sync) reports how far it got and learns it was cancelled.
 * Implementations are called from worker threads.
 */
public interface Progress {

    /** Ignores reports and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void report(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param done    units finished so far
     * @param total   units in all, or -1 when unknown
     * @param message short plain-words line for a status label, may be {@code null}
     */
    void report(long done, long total, String message);

    boolean isCancelled();

    /** @throws CancelledException when the user cancelled; work then rolls back what it started */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}

package app.backline.common;

/** Thrown out of long-running work when the user cancelled it; whatever it had begun is rolled back. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Cancelled");
    }
}

package app.backline.search;

import java.util.TreeSet;

/**
 * The highest search generation up to which every change is in the index. Writers commit in generation order
 * but may hand their changes over out of order (two sync jobs and an import at once); a generation that is
 * never handed over (a writer died between its two commits) holds the watermark, so the index's commit keeps
 * saying it is behind and the next open rebuilds it. Guarded by the index's write lock.
 */
final class Watermark {

    private long contiguous;
    private final TreeSet<Long> ahead = new TreeSet<>();

    /** Everything up to {@code generation} is in the index (a scan of the store started at it). */
    void reset(long generation) {
        contiguous = generation;
        ahead.headSet(generation, true).clear();
        advance();
    }

    /** The changes of {@code generation} are in the index. */
    void done(long generation) {
        if (generation > contiguous) {
            ahead.add(generation);
            advance();
        }
    }

    long value() {
        return contiguous;
    }

    private void advance() {
        while (ahead.remove(contiguous + 1)) {
            contiguous++;
        }
    }
}

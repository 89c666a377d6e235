package app.backline.persistence;

import app.backline.domain.PostDraft;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * The chunks of a batch with its {@code prepare} step applied, one chunk ahead: while the writer stores
 * chunk k on its thread, chunk k + 1 is prepared on the common pool's threads (all cores), so tagging and
 * writing overlap instead of taking turns. With the identity step nothing runs in the background.
 */
final class PreparedChunks {

    private final List<PostDraft> drafts;
    private final int size;
    private final UnaryOperator<PostDraft> prepare;
    private final boolean identity;
    private CompletableFuture<List<PostDraft>> next;
    private int nextFrom;

    PreparedChunks(List<PostDraft> drafts, int size, UnaryOperator<PostDraft> prepare) {
        this.drafts = drafts;
        this.size = size;
        this.prepare = prepare;
        this.identity = prepare == app.backline.persistence.repository.IngestBatch.READY;
    }

    /**
     * The prepared chunk starting at {@code from} (chunks are taken in order), starting the next one.
     *
     * @throws RuntimeException what {@code prepare} threw
     */
    List<PostDraft> take(int from) {
        List<PostDraft> raw = slice(from);
        if (identity) {
            return raw;
        }
        List<PostDraft> chunk;
        if (next != null && nextFrom == from) {
            try {
                chunk = next.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        } else {
            chunk = raw.parallelStream().map(prepare).toList();
        }
        int following = from + size;
        if (following < drafts.size()) {
            List<PostDraft> ahead = slice(following);
            nextFrom = following;
            next = CompletableFuture.supplyAsync(() -> ahead.parallelStream().map(prepare).toList());
        } else {
            next = null;
        }
        return chunk;
    }

    /** Stops preparing ahead (after the last chunk, a cancel or a failure). */
    void cancel() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private List<PostDraft> slice(int from) {
        return drafts.subList(from, Math.min(drafts.size(), from + size));
    }
}

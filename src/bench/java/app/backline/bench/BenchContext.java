package app.backline.bench;

import app.backline.persistence.Database;
import app.backline.search.LucenePostIndex;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every scenario sees: the run's settings, fresh store folders, the log, and the N-post store the
 * ingest scenario loaded ({@link #database()} while open, {@link #storeBase()} always).
 */
final class BenchContext {

    private final int posts;
    private final long seed;
    private final Path out;
    private final BenchStores stores;
    private final long startNanos = System.nanoTime();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private IngestScenario.Load loaded;
    private boolean closed;

    BenchContext(int posts, long seed, Path out, BenchStores stores) {
        this.posts = posts;
        this.seed = seed;
        this.out = out;
        this.stores = stores;
    }

    int posts() {
        return posts;
    }

    long seed() {
        return seed;
    }

    /** {@code target/bench}: results, stores, logs of child processes. */
    Path out() {
        return out;
    }

    BenchStores stores() {
        return stores;
    }

    /** The data set every scenario measures (same seed and size as the loaded store). */
    SyntheticPosts data() {
        return new SyntheticPosts(seed, posts);
    }

    void loaded(IngestScenario.Load load) {
        this.loaded = load;
    }

    /** The loaded store, open; only for {@link Scenario.Phase#OPEN_STORE} scenarios. */
    Database database() {
        if (closed) {
            throw new IllegalStateException("the store is closed in this phase");
        }
        return loaded.store();
    }

    /** Base path of the loaded store's files ({@code <base>.mv.db}); its folder is the store's data folder. */
    Path storeBase() {
        return loaded.storeBase();
    }

    /** The loaded store's search index, {@code null} when the run left it out ({@code -Dbench.search.index=false}). */
    LucenePostIndex searchIndex() {
        return loaded.searchIndex();
    }

    /** Store ids of the data set's artists, by the generator's artist number (0 = most posts). */
    Map<Integer, Long> artistIds() {
        return loaded.artistIds();
    }

    /** Closes the loaded store the way the app does on exit. */
    void closeStore() {
        if (!closed) {
            loaded.store().close();
            closed = true;
        }
    }

    /** Records an informational figure, written under {@code details} in results.json. */
    void detail(String name, Object value) {
        details.put(name, value);
    }

    Map<String, Object> details() {
        return details;
    }

    void log(String message) {
        System.out.printf("[bench %6.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9, message);
    }
}

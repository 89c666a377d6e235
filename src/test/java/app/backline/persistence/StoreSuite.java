package app.backline.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test suite on one store per test: an embedded H2 file in a temporary folder here; its PostgreSQL twin
 * overrides {@link #openStore()} with a team server's schema ({@link PostgresTwin}).
 */
abstract class StoreSuite {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = openStore();
    }

    /** The store the suite runs on. */
    Database openStore() {
        return Database.open(dir.resolve("store/backline"));
    }

    @AfterEach
    void close() {
        db.close();
    }
}

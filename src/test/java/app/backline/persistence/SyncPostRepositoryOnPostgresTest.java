package app.backline.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SyncPostRepositoryTest}'s whole suite again, on a team's PostgreSQL server, in a schema of its own
 * per test. Skipped with a message when no PostgreSQL server answers.
 */
class SyncPostRepositoryOnPostgresTest extends SyncPostRepositoryTest {

    @RegisterExtension
    final PostgresTwin pg = new PostgresTwin();

    @Override
    Database openStore() {
        return pg.open();
    }

    @Override
    Connection connectToStore() throws SQLException {
        return pg.connect();
    }
}

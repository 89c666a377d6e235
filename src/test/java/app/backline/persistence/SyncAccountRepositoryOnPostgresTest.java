package app.backline.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SyncAccountRepositoryTest}'s whole suite again, on a team's PostgreSQL server, in a schema of its own
 * per test. Skipped with a message when no PostgreSQL server answers.
 */
class SyncAccountRepositoryOnPostgresTest extends SyncAccountRepositoryTest {

    @RegisterExtension
    final PostgresTwin pg = new PostgresTwin();

    @Override
    Database openStore() {
        return pg.open();
    }
}

package app.backline.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a suite's PostgreSQL twin ({@code @RegisterExtension}): {@link #open()} gives the test a team store in a
 * schema of its own, dropped after the test (after the suite's own {@code @AfterEach} has closed the store).
 * The test skips with a message when no PostgreSQL server answers.
 */
final class PostgresTwin implements AfterEachCallback {

    private PostgresTestSchema schema;

    /** A store on a fresh schema, opened as the app opens a team server. */
    Database open() {
        schema = PostgresTestSchema.create();
        return Database.openServer(schema.jdbcUrl(), schema.user(), schema.password(), Clock.systemUTC());
    }

    /** The schema's address, for a second store on it (a second machine). */
    String url() {
        return schema.jdbcUrl();
    }

    String user() {
        return schema.user();
    }

    String password() {
        return schema.password();
    }

    /** A plain connection to the same schema. */
    Connection connect() throws SQLException {
        return schema.dataSource().getConnection();
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (schema != null) {
            schema.close();
            schema = null;
        }
    }
}

package app.backline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema, two engines: every migration runs on PostgreSQL as on H2, gives the same tables and columns,
 * and Hibernate's model validates against both. Skips with a message when no PostgreSQL server answers.
 */
class PostgresSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everyMigrationRunsOnPostgresqlAndHibernateValidatesThere() throws Exception {
        try (PostgresTestSchema pg = PostgresTestSchema.create()) {
            StoreSchema.migrate(pg.dataSource());

            assertThat(appliedMigrations(pg.dataSource())).isEqualTo(migrationFiles());
            try (SessionFactory sessions = StoreSchema.sessionFactory(pg.dataSource(), null)) {
                assertThat(sessions.isOpen()).isTrue();
            }
        }
    }

    @Test
    void theTablesAndColumnsAreTheSameOnBothEngines() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath());
        h2.setUser("sa");
        StoreSchema.migrate(h2);
        try (PostgresTestSchema pg = PostgresTestSchema.create()) {
            StoreSchema.migrate(pg.dataSource());

            Map<String, TreeSet<String>> onH2 = columns(h2, "PUBLIC");
            Map<String, TreeSet<String>> onPostgres = columns(pg.dataSource(), pg.schema());
            assertThat(onH2).containsKey("post").containsKey("social_account");
            assertThat(onPostgres).isEqualTo(onH2);
        }
    }

    @Test
    void migratingAgainChangesNothing() throws Exception {
        try (PostgresTestSchema pg = PostgresTestSchema.create()) {
            StoreSchema.migrate(pg.dataSource());
            Map<String, TreeSet<String>> first = columns(pg.dataSource(), pg.schema());

            StoreSchema.migrate(pg.dataSource());

            assertThat(columns(pg.dataSource(), pg.schema())).isEqualTo(first);
            assertThat(appliedMigrations(pg.dataSource())).isEqualTo(migrationFiles());
        }
    }

    private static long appliedMigrations(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from flyway_schema_history where success and version is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long migrationFiles() throws Exception {
        try (var files = Files.list(Path.of(PostgresSchemaTest.class.getResource("/db/migration").toURI()))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    /** Table → column names, lower case, Flyway's own history table left out. */
    private static Map<String, TreeSet<String>> columns(DataSource ds, String schema) throws SQLException {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    out.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME")
                            .toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}

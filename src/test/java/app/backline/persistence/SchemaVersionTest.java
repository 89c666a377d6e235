package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-query check that lets an up-to-date store open without Flyway, and what happens when it says no. */
class SchemaVersionTest {

    @TempDir
    Path dir;

    private Path base() {
        return dir.resolve("store/backline");
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base().toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void latestIsTheNewestMigrationShipped() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> version.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(newest, SchemaVersion.LATEST, "raise SchemaVersion.LATEST with every new migration");
    }

    @Test
    void onlyAStoreMigratedToTheLatestVersionIsCurrent() throws Exception {
        assertFalse(SchemaVersion.isCurrent(dataSource()), "a new, empty store");
        Database.open(base()).close();
        assertTrue(SchemaVersion.isCurrent(dataSource()));
        sql("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
        assertFalse(SchemaVersion.isCurrent(dataSource()), "a failed migration");
    }

    @Test
    void anOlderStoreIsMigratedWhenItOpens() {
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration")
                .target(String.valueOf(SchemaVersion.LATEST - 1)).load().migrate();
        assertFalse(SchemaVersion.isCurrent(dataSource()));
        Database.open(base()).close();
        assertTrue(SchemaVersion.isCurrent(dataSource()), "the missing migration ran");
    }

    @Test
    void aStoreFromANewerBacklineIsLeftToFlyway() throws Exception {
        Database.open(base()).close();
        sql("INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 100, '" + (SchemaVersion.LATEST + 1)
                + "', 'later', \"type\", 'V" + (SchemaVersion.LATEST + 1) + "__later.sql', \"checksum\", "
                + "\"installed_by\", \"installed_on\", \"execution_time\", TRUE FROM \"flyway_schema_history\" "
                + "WHERE \"version\" = '1'");
        assertFalse(SchemaVersion.isCurrent(dataSource()), "Flyway decides what a newer store means, as before");
    }
}

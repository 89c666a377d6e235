package app.backline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh H2 files for the scenarios, under {@code <out>/stores}. URL and credentials are the ones
 * {@code persistence.Database} uses, so a plain JDBC connection opens the same store the app opens.
 */
final class BenchStores {

    private final Path root;
    private int made;

    BenchStores(Path out) throws IOException {
        this.root = out.resolve("stores");
        deleteTree(root);
        Files.createDirectories(root);
    }

    /** A database base path in a new, empty folder ({@code Database.open} takes it as is). */
    Path fresh(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name + "-" + made++));
        return dir.resolve("backline");
    }

    static String url(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    static Connection connect(Path base) throws SQLException {
        return DriverManager.getConnection(url(base), "sa", "");
    }

    /** Migrates an empty store with the app's own Flyway migrations (the baseline's schema). */
    static void migrate(Path base) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url(base));
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

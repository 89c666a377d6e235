package app.backline.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL schema of its own for one test, on the server {@value #URL_VARIABLE} names (default: the
 * database {@code backline_test} on 127.0.0.1:5432, which {@code .ci/run} creates), dropped again on
 * {@link #close()}. When no server answers, {@link #create()} aborts the test with the reason, so the
 * README's test command still passes on a machine without PostgreSQL.
 */
public final class PostgresTestSchema implements AutoCloseable {

    static final String URL_VARIABLE = "BACKLINE_TEST_PG_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/backline_test";

    private final String url;
    private final Properties login;
    private final String schema;
    private final HikariDataSource pool;

    private PostgresTestSchema(String url, Properties login, String schema) {
        this.url = url;
        this.login = login;
        this.schema = schema;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(login.getProperty("user"));
        config.setPassword(login.getProperty("password"));
        config.setMaximumPoolSize(4);
        config.setPoolName("pg-test-" + schema);
        this.pool = new HikariDataSource(config);
    }

    /** A fresh, empty schema; skips the calling test when the server cannot be reached. */
    public static PostgresTestSchema create() {
        String url = System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_URL);
        Properties login = new Properties();
        login.setProperty("user", System.getenv().getOrDefault("BACKLINE_TEST_PG_USER", "postgres"));
        login.setProperty("password", System.getenv().getOrDefault("BACKLINE_TEST_PG_PASSWORD", ""));
        login.setProperty("connectTimeout", "3");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, login); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL tests skipped: no PostgreSQL server answered at " + url + " ("
                    + e.getMessage() + "); set " + URL_VARIABLE + " or run .ci/run, which starts one");
        }
        return new PostgresTestSchema(url, login, schema);
    }

    /** The address of this schema: the server's, with {@code currentSchema} set. */
    public String jdbcUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String user() {
        return login.getProperty("user");
    }

    public String password() {
        return login.getProperty("password");
    }

    /** Connections whose search path is this schema. */
    public DataSource dataSource() {
        return pool;
    }

    public String schema() {
        return schema;
    }

    @Override
    public void close() throws SQLException {
        pool.close();
        try (Connection c = DriverManager.getConnection(url, login); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

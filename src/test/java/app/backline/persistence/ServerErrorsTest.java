package app.backline.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backline.common.UserFacingException;
import java.net.ServerSocket;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Opening a team server that cannot be used says why in plain words, and never shows a password. */
class ServerErrorsTest {

    @Test
    void anUnreachableServerIsSaidToBeUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort(); // free now, so nothing answers there
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/label?password=hunter2";

        assertThatThrownBy(() -> Database.openServer(url, "staff", "hunter2", Clock.systemUTC()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Cannot reach the team server postgresql://127.0.0.1:" + closedPort + "/label:")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() throws Exception {
        try (PostgresTestSchema pg = PostgresTestSchema.create()) {
            String server = pg.jdbcUrl().substring(0, pg.jdbcUrl().lastIndexOf('/'));
            String url = server + "/no_such_backline_db";

            assertThatThrownBy(() -> Database.openServer(url, pg.user(), pg.password(), Clock.systemUTC()))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("has no such database");
        }
    }

    @Test
    void addressesLoseUserInformationAndQueryInMessages() {
        assertThat(ServerErrors.withoutSecrets("jdbc:postgresql://ana:s3cret@db.label.example:5433/backline?password=x"))
                .isEqualTo("postgresql://db.label.example:5433/backline");
        assertThat(ServerErrors.withoutSecrets("jdbc:postgresql://db/backline")).isEqualTo("postgresql://db/backline");
    }

    @Test
    void aServerOlderThanPostgresql15IsRefusedWithItsVersion() {
        assertThatThrownBy(() -> ServerVersion.check(140_011, "14.11", "jdbc:postgresql://db.label.example/backline"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The team server postgresql://db.label.example/backline runs PostgreSQL 14.11; Backline"
                        + " needs PostgreSQL 15 or later there");
        ServerVersion.check(150_020, "15.20", "jdbc:postgresql://db/backline"); // accepted
    }
}

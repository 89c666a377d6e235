package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#openEarly}: the roster can be read before Hibernate has started, Hibernate starts with the
 * first call that needs it (or {@code ready()}), and a store Hibernate cannot work with is reported in plain
 * words through {@code ready()} and those calls, not by the open.
 */
class DatabaseOpenEarlyTest {

    @TempDir
    Path dir;

    private Path storeWith(String... artists) {
        Path base = dir.resolve("store/backline");
        try (Database db = Database.open(base)) {
            for (String name : artists) {
                db.artists().create(name);
            }
        }
        return base;
    }

    private static void sql(Path base, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void theRosterIsReadBeforeHibernateStarts() {
        Path base = storeWith("bob", "Ada");
        try (Database db = Database.openEarly(base, Clock.systemUTC())) {
            List<Artist> roster = db.artists().findAll();
            assertEquals(List.of("Ada", "bob"), roster.stream().map(Artist::name).toList());
            db.ready().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join();
            assertEquals(0, db.posts().count(roster.get(0).id(), PostFilter.all()));
        }
    }

    @Test
    void aCallThatNeedsHibernateStartsItAndWaitsForIt() {
        Path base = storeWith("Ada");
        try (Database db = Database.openEarly(base, Clock.systemUTC())) {
            assertTrue(db.artists().findByName("ada").isPresent()); // a Hibernate query
            assertTrue(db.ready().toCompletableFuture().isDone());
        }
    }

    @Test
    void aStoreHibernateCannotUseIsReportedInPlainWordsByReadyAndByTheCallsThatNeedIt() throws Exception {
        Path base = storeWith("Ada");
        sql(base, "ALTER TABLE artist DROP COLUMN created_at"); // the schema history still says current
        try (Database db = Database.openEarly(base, Clock.systemUTC())) {
            assertEquals(1, db.artists().findAll().size(), "the roster is still read");
            CompletionException failed = assertThrows(CompletionException.class,
                    () -> db.ready().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join());
            assertTrue(failed.getCause() instanceof UserFacingException, failed.getCause().toString());
            assertTrue(failed.getCause().getMessage().startsWith("Cannot open the store in"),
                    failed.getCause().getMessage());
            UserFacingException call = assertThrows(UserFacingException.class, () -> db.artists().findByName("Ada"));
            assertEquals(failed.getCause().getMessage(), call.getMessage());
        } // closing a store whose Hibernate never started does not throw
        UserFacingException open = assertThrows(UserFacingException.class, () -> Database.open(base));
        assertTrue(open.getMessage().startsWith("Cannot open the store in"), open.getMessage());
    }

    @Test
    void closingBeforeAnythingNeededHibernateStartsNothing() {
        Path base = storeWith("Ada");
        Database db = Database.openEarly(base, Clock.systemUTC());
        db.close();
        try (Database again = Database.open(base)) {
            assertEquals(1, again.artists().findAll().size(), "the store was closed and opens again");
        }
    }
}

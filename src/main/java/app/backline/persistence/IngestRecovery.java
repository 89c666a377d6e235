package app.backline.persistence;

import app.backline.persistence.entity.IngestRunEntity;
import app.backline.persistence.entity.IngestRunEntity.State;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs when the store opens: every ingest run that was not VERIFIED before the last shutdown is checked.
 * A run whose commit is complete (all the posts it added are there) becomes VERIFIED; any other run is
 * undone — the posts it inserted are removed, so an archive is either wholly in the store or not at all.
 */
final class IngestRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(IngestRecovery.class);

    private IngestRecovery() {
    }

    /** Whether any run is left to check ({@link #recover} has work), by one JDBC query. */
    static boolean pending(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ingest_run WHERE state IN ('RUNNING', 'COMMITTED')")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** @return one plain-words line per undone run, for the user */
    static List<String> recover(SessionFactory sessions, IngestJournal journal) {
        List<IngestRunEntity> open = sessions.fromSession(s -> s.createSelectionQuery(
                        "from IngestRunEntity r where r.state in (:states) order by r.id", IngestRunEntity.class)
                .setParameter("states", List.of(State.RUNNING, State.COMMITTED)).getResultList());
        List<String> notes = new ArrayList<>();
        for (IngestRunEntity run : open) {
            long stored = sessions.fromSession(s -> s.createSelectionQuery(
                    "select count(p) from PostEntity p where p.ingestRunId = :r", Long.class)
                    .setParameter("r", run.id()).getSingleResult());
            if (run.state() == State.COMMITTED && stored == run.added()) {
                journal.verify(run.id());
                continue;
            }
            String artist = sessions.fromSession(s -> s.createSelectionQuery(
                    "select a.name from ArtistEntity a where a.id = :a", String.class)
                    .setParameter("a", run.artistId()).uniqueResultOptional().orElse("an artist"));
            journal.undo(run.id(), State.INTERRUPTED);
            LOG.warn("Undid interrupted ingest run {} ({} of {} posts had been kept)", run.id(), stored, run.added());
            if (run.source() == IngestRunEntity.Source.SYNC) {
                continue; // the sync fetches that page again from its last saved cursor: nothing for the user to do
            }
            notes.add("An import for " + artist + " was interrupted (Backline was closed or crashed) and has been "
                    + "undone: import that archive again.");
        }
        return notes;
    }
}

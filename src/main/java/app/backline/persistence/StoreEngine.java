package app.backline.persistence;

import org.hibernate.SessionFactory;

/** What differs between the two engines the store runs on, beyond the SQL they share. */
enum StoreEngine {

    /** The embedded H2 file of one computer. */
    H2 {
        /** H2 writes commits to its file lazily: a kill -9 right after a commit can lose it until a CHECKPOINT. */
        @Override
        void forceCommits(SessionFactory sessions) {
            sessions.inTransaction(s -> s.createNativeMutationQuery("CHECKPOINT").executeUpdate());
        }
    },

    /** A team's PostgreSQL server. */
    POSTGRESQL {
        /** A PostgreSQL commit is on disk when it returns ({@code synchronous_commit} on, the default). */
        @Override
        void forceCommits(SessionFactory sessions) {
        }
    };

    /** Makes every commit so far durable against a crash of this process. */
    abstract void forceCommits(SessionFactory sessions);
}

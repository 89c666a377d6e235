package app.backline.persistence;

import app.backline.common.UserFacingException;
import app.backline.persistence.repository.AccountRepository;
import app.backline.persistence.repository.ArtistRepository;
import app.backline.persistence.repository.MediaCacheRepository;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostRepository;
import app.backline.persistence.repository.StoreSnapshots;
import app.backline.persistence.repository.SyncAccountRepository;
import app.backline.persistence.repository.SyncPostRepository;
import app.backline.persistence.repository.SyncRunRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: an embedded H2 file ({@link #open}), or a team's PostgreSQL server ({@link #openServer}), with one
 * schema that Flyway migrates and Hibernate validates on either ({@link StoreSchema}).
 * Hibernate's bootstrap takes a few seconds: {@link #open} waits for it, {@link #openEarly} lets it finish in
 * the background. Either way callers open the store off the FX thread.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final SessionFactory sessions;
    private final ArtistRepository artists;
    private final AccountRepository accounts;
    private final PostRepository posts;
    private final MediaCacheRepository mediaCache;
    private final StoreSnapshots snapshots;
    private final SyncAccountRepository syncAccounts;
    private final SyncRunRepository syncRuns;
    private final SyncPostRepository syncPosts;
    private final SyncLeases syncLeases;
    private final List<String> recoveryNotes;
    private final Optional<StoreCompaction> compaction;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final PostIndex index;
    private final HibernateBoot boot;
    private final CompletableFuture<Void> ready;

    private Database(HikariDataSource pool, HibernateBoot boot, StoreSnapshots snapshots, Clock clock,
                     boolean recover, Optional<StoreCompaction> compaction, PostIndex index, SearchChanges search,
                     StoreEngine engine) {
        SessionFactory sessions = boot.sessions();
        this.pool = pool;
        this.sessions = sessions;
        this.boot = boot;
        this.ready = boot.built().thenApply(built -> null);
        this.compaction = compaction;
        this.index = index;
        IngestJournal journal = new IngestJournal(sessions, clock, search, engine);
        this.recoveryNotes = recover ? List.copyOf(IngestRecovery.recover(sessions, journal)) : List.of();
        this.artists = new HibernateArtistRepository(sessions, pool, clock, search);
        this.accounts = new HibernateAccountRepository(sessions);
        this.posts = new HibernatePostRepository(sessions, clock, journal, index, search);
        this.mediaCache = new HibernateMediaCacheRepository(sessions);
        this.snapshots = snapshots;
        this.syncAccounts = new HibernateSyncAccountRepository(sessions, clock, engine);
        this.syncRuns = new HibernateSyncRunRepository(sessions);
        this.syncPosts = new HibernateSyncPostRepository(sessions, journal, search);
        this.syncLeases = new SyncLeases(pool);
        index.attach(new JdbcPostIndexSource(pool));
    }

    /**
     * Opens (creating when missing) the store whose files are {@code databaseBase + ".mv.db"}, and returns
     * once every repository is ready.
     *
     * @throws UserFacingException when the folder cannot be created, the file is in use by another
     *                             program, or its schema is newer than this version of Backline
     */
    public static Database open(Path databaseBase) {
        return open(databaseBase, Clock.systemUTC());
    }

    /** As {@link #open(Path)} with the clock that stamps created/fetched times. */
    public static Database open(Path databaseBase, Clock clock) {
        return open(databaseBase, clock, (StatementInspector) null);
    }

    /**
     * As {@link #open(Path, Clock)}, with a search index that text filters use when it can answer. The store
     * tells the index about every committed change and closes it first in {@link #close()}; when opening fails,
     * the index is closed too.
     */
    public static Database open(Path databaseBase, Clock clock, PostIndex index) {
        return open(databaseBase, clock, null, index);
    }

    /** As {@link #open(Path, Clock)}, handing every SQL statement to {@code inspector} (tests read plans). */
    static Database open(Path databaseBase, Clock clock, StatementInspector inspector) {
        return open(databaseBase, clock, inspector, PostIndex.none());
    }

    private static Database open(Path databaseBase, Clock clock, StatementInspector inspector, PostIndex index) {
        return whenReady(openEarly(databaseBase, clock, inspector, index));
    }

    /** {@code db} once Hibernate is up; closed again, with the plain-words reason thrown, when it cannot be. */
    private static Database whenReady(Database db) {
        try {
            db.boot.start();
            db.ready.join();
            return db;
        } catch (CompletionException e) {
            closeAfterFailure(db.pool, db.index);
            throw (RuntimeException) e.getCause();
        }
    }

    /**
     * Opens the store as {@link #open(Path, Clock, PostIndex)} does, but returns as soon as the file is open
     * and its schema current (tenths of a second), before Hibernate's bootstrap (2–3 s): the roster
     * ({@link ArtistRepository#findAll}, by JDBC) can be read at once; the bootstrap starts on its own thread
     * with the first call that needs Hibernate, or with {@link #ready()}, and such calls wait for it. After a
     * crash that left an import half done, it returns only once that import is undone. Call it off the FX
     * thread, as every store call.
     *
     * @throws UserFacingException as {@link #open(Path)}; a failure of the bootstrap itself is reported by
     *                             {@link #ready()} and by the calls that need Hibernate
     */
    public static Database openEarly(Path databaseBase, Clock clock, PostIndex index) {
        return openEarly(databaseBase, clock, null, index);
    }

    /** As {@link #openEarly(Path, Clock, PostIndex)} without a search index. */
    public static Database openEarly(Path databaseBase, Clock clock) {
        return openEarly(databaseBase, clock, null, PostIndex.none());
    }

    /**
     * Opens a team's store on a PostgreSQL server (15 or later), migrating its schema when it is behind this
     * app's, and returns once every repository is ready. Whole-store snapshots are the server's business there
     * ({@code pg_dump}), and there is no file to compact; the text filter of the feed reads the posts' text
     * with SQL until the server's own full-text index is in place.
     *
     * @param jdbcUrl {@code jdbc:postgresql://host:port/database}
     * @throws UserFacingException when the server cannot be reached, refuses the login, runs a PostgreSQL older
     *                             than 15, or holds a schema newer than this version of Backline
     */
    public static Database openServer(String jdbcUrl, String user, String password, Clock clock) {
        HikariDataSource pool;
        try {
            pool = serverPool(jdbcUrl, user, password);
        } catch (RuntimeException e) {
            throw ServerErrors.translate(jdbcUrl, e);
        }
        Database db;
        try {
            ServerVersion.requireSupported(pool, jdbcUrl);
            if (!SchemaVersion.isCurrent(pool)) {
                StoreSchema.migrate(pool);
            }
            SearchChanges search = new SearchChanges(PostIndex.none());
            boolean recover = IngestRecovery.pending(pool);
            HibernateBoot boot = new HibernateBoot(() -> {
                try {
                    return StoreSchema.sessionFactory(pool, null);
                } catch (RuntimeException e) {
                    LOG.error("Hibernate could not start on the team server", e);
                    throw ServerErrors.translate(jdbcUrl, e);
                }
            });
            db = new Database(pool, boot, new ServerSnapshots(pool), clock, recover, Optional.empty(),
                    PostIndex.none(), search, StoreEngine.POSTGRESQL);
        } catch (RuntimeException | java.sql.SQLException e) {
            pool.close();
            throw ServerErrors.translate(jdbcUrl, e);
        }
        whenReady(db);
        LOG.info("Team store {} open", ServerErrors.withoutSecrets(jdbcUrl));
        return db;
    }

    /** A team server's address as messages and logs show it: without user information or query (passwords). */
    public static String serverAddress(String jdbcUrl) {
        return ServerErrors.withoutSecrets(jdbcUrl);
    }

    private static HikariDataSource serverPool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setPoolName("backline-team-store");
        config.addDataSourceProperty("connectTimeout", "10"); // seconds: an unreachable server says so soon
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private static Database openEarly(Path databaseBase, Clock clock, StatementInspector inspector,
                                      PostIndex index) {
        try {
            createFolder(databaseBase.toAbsolutePath().getParent());
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        HikariDataSource pool;
        try {
            pool = pool(databaseBase);
        } catch (RuntimeException e) {
            index.close();
            throw StoreErrors.translate(databaseBase, e);
        }
        try {
            long start = System.nanoTime();
            boolean current = SchemaVersion.isCurrent(pool);
            if (!current) {
                StoreSchema.migrate(pool);
            }
            SearchChanges search = new SearchChanges(index);
            H2Snapshots snapshots = new H2Snapshots(pool, () -> StoreSchema.migrate(pool), search);
            new StoreRepair(pool, snapshots, databaseBase.toAbsolutePath().getParent()).repairIfNeeded();
            boolean recover = IngestRecovery.pending(pool);
            LOG.info("Store {} open in {} ms ({})", databaseBase, (System.nanoTime() - start) / 1_000_000,
                    current ? "schema current" : "migrated");
            HibernateBoot boot = new HibernateBoot(() -> sessionFactory(pool, inspector, databaseBase));
            return new Database(pool, boot, snapshots, clock, recover,
                    Optional.of(new StoreCompaction(databaseBase)), index, search, StoreEngine.H2);
        } catch (RuntimeException e) {
            closeAfterFailure(pool, index);
            throw StoreErrors.translate(databaseBase, e);
        } catch (java.sql.SQLException | IOException e) {
            closeAfterFailure(pool, index);
            throw StoreErrors.translate(databaseBase, new IllegalStateException("store repair failed", e));
        }
    }

    /**
     * A small pool of physical connections: the FX thread's reads, the sync jobs and an import can each hold
     * one; H2 keeps its parsed statements per physical connection.
     */
    private static HikariDataSource pool(Path databaseBase) {
        HikariConfig config = new HikariConfig();
        // MAX_COMPACT_TIME=0: H2's own compaction on close moves chunks for seconds and often leaves the file
        // larger; close() rewrites the file fully when that is worth it (StoreCompaction)
        config.setJdbcUrl("jdbc:h2:file:" + databaseBase.toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;MAX_COMPACT_TIME=0");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setPoolName("backline-store");
        // open the store once, now: a locked or damaged file fails here with H2's own error, at once
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private static void closeAfterFailure(HikariDataSource pool, PostIndex index) {
        index.close();
        pool.close();
    }

    /** Hibernate's model of the store, validated against it; a failure becomes the plain-words reason. */
    private static SessionFactory sessionFactory(HikariDataSource pool, StatementInspector inspector,
                                                 Path databaseBase) {
        try {
            return StoreSchema.sessionFactory(pool, inspector);
        } catch (RuntimeException e) {
            LOG.error("Hibernate could not start on the store", e);
            throw StoreErrors.translate(databaseBase, e);
        }
    }


    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    public ArtistRepository artists() {
        return artists;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public PostRepository posts() {
        return posts;
    }

    public MediaCacheRepository mediaCache() {
        return mediaCache;
    }

    /**
     * Starts Hibernate's bootstrap if nothing has yet; the stage completes once every repository can be used
     * (at once for {@link #open}), or exceptionally with a {@link UserFacingException} saying in plain words
     * why the store cannot be used.
     */
    public CompletionStage<Void> ready() {
        boot.start();
        return ready.minimalCompletionStage();
    }

    /** Plain-words lines about interrupted imports that opening the store undid; empty normally. */
    public List<String> recoveryNotes() {
        return recoveryNotes;
    }

    public StoreSnapshots snapshots() {
        return snapshots;
    }

    /** Live connections: tokens, sync progress, connection state. */
    public SyncAccountRepository syncAccounts() {
        return syncAccounts;
    }

    public SyncRunRepository syncRuns() {
        return syncRuns;
    }

    /** Which machine syncs which account, in team mode. */
    public SyncLeases syncLeases() {
        return syncLeases;
    }

    /** Sync pages, metrics refreshes and metrics history. */
    public SyncPostRepository syncPosts() {
        return syncPosts;
    }

    /**
     * How long {@link #close()} will spend rewriting the store file to give back the space H2 no longer uses
     * (seconds at hundreds of thousands of posts), or empty when it will not; a file stat and one count query.
     * The window and the CLI say so before closing.
     */
    public Optional<Duration> compactionOnClose() {
        if (compaction.isEmpty()) {
            return Optional.empty();
        }
        try {
            StoreCompaction.Plan plan = compaction.get().plan(pool);
            return plan.worthwhile() ? Optional.of(plan.estimate()) : Optional.empty();
        } catch (SQLException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Closes the store: Hibernate, then, when the file has grown to at least twice its live data (see
     * {@link #compactionOnClose()}), rewrites it compactly; a failed rewrite leaves the file as it was. Safe to
     * call more than once.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // the search index first (it commits), then the store
        index.close();
        sessions.close();
        try {
            if (compaction.isPresent()) {
                StoreCompaction.Plan plan = compaction.get().plan(pool);
                if (plan.worthwhile()) {
                    compaction.get().compact(pool, plan);
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Compacting the store on close failed; the file stays as it was", e);
        } finally {
            pool.close();
        }
    }
}

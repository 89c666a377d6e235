package app.backline.persistence;

import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.ArtistEntity;
import app.backline.persistence.entity.IngestRunEntity;
import app.backline.persistence.entity.MediaCacheEntity;
import app.backline.persistence.entity.MediaItemEntity;
import app.backline.persistence.entity.MetricsSnapshotEntity;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.entity.SyncRunEntity;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The store's schema, the same on both engines (the embedded H2 file and a team's PostgreSQL server): Flyway's
 * migrations from {@code db/migration}, and Hibernate's model of them, which only validates. The dialect is
 * whatever the data source's engine reports.
 */
final class StoreSchema {

    private StoreSchema() {
    }

    /**
     * Brings the schema up to date.
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails, or the store's schema is newer than
     *                                               this app's migrations
     */
    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /**
     * Hibernate's model of the store, validated against its tables (a missing column or a wrong type fails
     * here, not at the first query).
     *
     * @param inspector sees every SQL statement (tests read plans); {@code null} for none
     */
    static SessionFactory sessionFactory(DataSource dataSource, StatementInspector inspector) {
        Configuration cfg = new Configuration()
                .addAnnotatedClass(ArtistEntity.class)
                .addAnnotatedClass(AccountEntity.class)
                .addAnnotatedClass(PostEntity.class)
                .addAnnotatedClass(MediaItemEntity.class)
                .addAnnotatedClass(MediaCacheEntity.class)
                .addAnnotatedClass(IngestRunEntity.class)
                .addAnnotatedClass(SyncRunEntity.class)
                .addAnnotatedClass(MetricsSnapshotEntity.class);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "200");
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        cfg.setProperty(AvailableSettings.ORDER_UPDATES, "true");
        if (inspector != null) {
            cfg.setStatementInspector(inspector);
        }
        return cfg.buildSessionFactory();
    }
}

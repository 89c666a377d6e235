package app.backline.persistence;

import app.backline.domain.Metrics;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.MetricsSnapshotEntity;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.MetricsLadder;
import app.backline.persistence.repository.MetricsPoint;
import app.backline.persistence.repository.SyncPostRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;

/** {@link SyncPostRepository} over Hibernate. */
final class HibernateSyncPostRepository implements SyncPostRepository {

    private final SessionFactory sessions;
    private final SyncPageWriter pages;

    HibernateSyncPostRepository(SessionFactory sessions, IngestJournal journal, SearchChanges search) {
        this.sessions = sessions;
        this.pages = new SyncPageWriter(sessions, journal, search);
    }

    @Override
    public IngestResult writePage(long accountId, List<PostDraft> drafts, MetricsLadder ladder, Instant now) {
        return pages.write(accountId, drafts, ladder, now);
    }

    /**
     * One range per ladder step: posts of that age band whose last snapshot is older than the step's
     * interval. The bands are read newest first and the due ones taken until {@code limit}.
     */
    @Override
    public List<String> dueForRefresh(long accountId, MetricsLadder ladder, Instant now, int limit) {
        if (ladder.steps().isEmpty()) {
            return List.of();
        }
        Instant oldest = now.minus(ladder.steps().get(ladder.steps().size() - 1).maxAge());
        return sessions.fromSession(s -> s.createSelectionQuery("from PostEntity p where p.accountId = :a "
                                + "and p.postedAt > :oldest order by p.postedAt desc, p.id desc", PostEntity.class)
                        .setParameter("a", accountId).setParameter("oldest", oldest).setReadOnly(true)
                        .getResultStream()
                        .filter(p -> ladder.due(p.postedAt(), p.metricsRefreshedAt(), now))
                        .limit(limit).map(PostEntity::externalPostId).toList());
    }

    @Override
    public int applyMetrics(long accountId, List<String> asked, Map<String, Metrics> fresh, Instant now) {
        if (asked.isEmpty()) {
            return 0;
        }
        return sessions.fromTransaction(s -> {
            int changed = 0;
            for (PostEntity row : s.createSelectionQuery("from PostEntity p where p.accountId = :a "
                            + "and p.externalPostId in (:ids)", PostEntity.class)
                    .setParameter("a", accountId).setParameter("ids", asked).getResultList()) {
                Metrics m = fresh.get(row.externalPostId());
                if (m != null) {
                    changed += row.applyMetrics(m, now) ? 1 : 0;
                    s.persist(MetricsSnapshotEntity.of(row.id(), row.metrics(), now));
                }
                row.metricsRefreshed(now);
            }
            return changed;
        });
    }

    @Override
    public List<MetricsPoint> history(long postId) {
        return sessions.fromSession(s -> s.createSelectionQuery("from MetricsSnapshotEntity m where m.postId = :p "
                        + "order by m.takenAt, m.id", MetricsSnapshotEntity.class).setParameter("p", postId)
                .getResultList().stream().map(m -> new MetricsPoint(m.takenAt(), m.metrics())).toList());
    }
}

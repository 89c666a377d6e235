package app.backline.persistence;

import app.backline.common.Progress;
import app.backline.domain.FeedCursor;
import app.backline.domain.FeedPage;
import app.backline.domain.Post;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.entity.PostMapper;
import app.backline.persistence.entity.PostEntity;
import app.backline.domain.FeedCounts;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.PostRepository;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;

/** {@link PostRepository} over Hibernate: keyset feed pages on the feed indexes, upserting ingest. */
final class HibernatePostRepository implements PostRepository {

    private final SessionFactory sessions;
    private final PostIngester ingester;
    private final PostStreamer streamer;

    HibernatePostRepository(SessionFactory sessions, Clock clock, IngestJournal journal) {
        this.sessions = sessions;
        this.ingester = new PostIngester(sessions, clock, journal);
        this.streamer = new PostStreamer(sessions);
    }

    @Override
    public FeedPage page(long artistId, PostFilter filter, FeedCursor after, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1-1000, was " + limit);
        }
        FeedQuery query = new FeedQuery(artistId, filter);
        return sessions.fromSession(s -> s.doReturningWork(c -> {
            List<PostEntity> rows = PostReader.rows(c, query.pageSql(after, limit + 1));
            boolean more = rows.size() > limit;
            List<Post> posts = PostReader.toDomain(c, more ? rows.subList(0, limit) : rows);
            return new FeedPage(posts, more ? FeedCursor.after(posts.get(posts.size() - 1)) : null);
        }));
    }

    @Override
    public int forEach(long artistId, PostFilter filter, int limit, Consumer<Post> sink) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return streamer.forEach(artistId, filter, limit, sink);
    }

    @Override
    public long count(long artistId, PostFilter filter) {
        FeedQuery query = new FeedQuery(artistId, filter);
        return sessions.fromSession(s -> query.bind(s.createSelectionQuery(query.countHql(), Long.class), null)
                .getSingleResult());
    }

    @Override
    public FeedCounts counts(long artistId, PostFilter filter) {
        FeedQuery total = new FeedQuery(artistId, filter);
        FeedQuery platforms = new FeedQuery(artistId, filter.withPlatforms(Set.of()));
        FeedQuery tags = new FeedQuery(artistId, filter.withTag(null));
        return sessions.fromSession(s -> {
            long all = total.bind(s.createSelectionQuery(total.countHql(), Long.class), null).getSingleResult();
            Map<Platform, Long> byPlatform = new EnumMap<>(Platform.class);
            platforms.bind(s.createSelectionQuery(platforms.platformCountHql(), Object[].class), null)
                    .getResultList().forEach(r -> byPlatform.put((Platform) r[0], (Long) r[1]));
            Object[] sums = tags.bind(s.createSelectionQuery(tags.tagCountHql(), Object[].class), null)
                    .getSingleResult();
            Map<Tag, Long> byTag = new EnumMap<>(Tag.class);
            for (Tag t : Tag.values()) {
                byTag.put(t, sums[t.ordinal()] == null ? 0L : ((Number) sums[t.ordinal()]).longValue());
            }
            return new FeedCounts(all, byPlatform, byTag);
        });
    }

    @Override
    public Optional<Post> findById(long postId) {
        return sessions.fromSession(s -> {
            s.setDefaultReadOnly(true);
            PostEntity row = s.find(PostEntity.class, postId);
            return row == null ? Optional.empty()
                    : Optional.of(s.doReturningWork(c -> PostReader.toDomain(c, List.of(row))).get(0));
        });
    }

    @Override
    public Optional<Post> setTagsManually(long postId, Set<Tag> tags) {
        return sessions.fromTransaction(s -> {
            PostEntity row = s.find(PostEntity.class, postId);
            if (row == null) {
                return Optional.empty();
            }
            row.setManualTags(PostMapper.joinTags(tags));
            s.flush();
            return Optional.of(s.doReturningWork(c -> PostReader.toDomain(c, List.of(row))).get(0));
        });
    }

    @Override
    public IngestResult ingest(IngestBatch batch, Progress progress) {
        return ingester.ingest(batch, progress);
    }
}

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
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostRepository;
import app.backline.persistence.repository.SearchHits;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;

/** {@link PostRepository} over Hibernate: keyset feed pages on the feed indexes, upserting ingest. */
final class HibernatePostRepository implements PostRepository {

    private final SessionFactory sessions;
    private final PostIngester ingester;
    private final PostStreamer streamer;
    private final PostIndex index;
    private final SearchChanges search;

    HibernatePostRepository(SessionFactory sessions, Clock clock, IngestJournal journal, PostIndex index,
                            SearchChanges search) {
        this.sessions = sessions;
        this.ingester = new PostIngester(sessions, clock, journal, search);
        this.streamer = new PostStreamer(sessions);
        this.index = index;
        this.search = search;
    }

    /** A text filter goes to the search index when it can answer, else to SQL ({@code LIKE}, correct but slow). */
    @Override
    public FeedPage page(long artistId, PostFilter filter, FeedCursor after, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1-1000, was " + limit);
        }
        if (!filter.text().isEmpty()) {
            Optional<SearchHits> hits = index.page(artistId, filter, after, limit);
            if (hits.isPresent()) {
                return byIds(hits.get());
            }
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

    /** The hits' rows in the index's order; a hit whose row is gone meanwhile is left out. */
    private FeedPage byIds(SearchHits hits) {
        if (hits.postIds().isEmpty()) {
            return new FeedPage(List.of(), hits.next());
        }
        return sessions.fromSession(s -> s.doReturningWork(c -> {
            Map<Long, PostEntity> rows = new HashMap<>();
            // one array parameter: the same statement for every page size, so H2 does not prepare it anew per page
            // (an IN list of n parameters is a new statement for every n)
            PostReader.rows(c, FeedQuery.byIds(hits.postIds())).forEach(p -> rows.put(p.id(), p));
            List<PostEntity> ordered = hits.postIds().stream().map(rows::get).filter(Objects::nonNull).toList();
            return new FeedPage(PostReader.toDomain(c, ordered), hits.next());
        }));
    }

    @Override
    public long count(long artistId, PostFilter filter) {
        if (!filter.text().isEmpty()) {
            OptionalLong counted = index.count(artistId, filter);
            if (counted.isPresent()) {
                return counted.getAsLong();
            }
        }
        FeedQuery query = new FeedQuery(artistId, filter);
        return sessions.fromSession(s -> query.bind(s.createSelectionQuery(query.countHql(), Long.class), null)
                .getSingleResult());
    }

    @Override
    public FeedCounts counts(long artistId, PostFilter filter) {
        if (!filter.text().isEmpty()) {
            Optional<FeedCounts> counted = index.counts(artistId, filter);
            if (counted.isPresent()) {
                return counted.get();
            }
        }
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
        Tagged tagged = sessions.fromTransaction(s -> {
            PostEntity row = s.find(PostEntity.class, postId);
            if (row == null) {
                return new Tagged(null, 0);
            }
            row.setManualTags(PostMapper.joinTags(tags));
            s.flush();
            Post updated = s.doReturningWork(c -> PostReader.toDomain(c, List.of(row))).get(0);
            return new Tagged(updated, SearchGeneration.bump(s));
        });
        if (tagged.post() != null) {
            search.written(tagged.generation(), List.of(postId));
        }
        return Optional.ofNullable(tagged.post());
    }

    /** A tag edit's result and the search generation its transaction took. */
    private record Tagged(Post post, long generation) {
    }

    @Override
    public IngestResult ingest(IngestBatch batch, Progress progress) {
        return ingester.ingest(batch, progress);
    }
}

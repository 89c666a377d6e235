package app.backline.search;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.repository.SearchHits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs feed queries on one searcher: a page of ids in feed order (read from the sort values, so no stored field
 * is loaded), a count, and the facet counts. Each method answers empty when the filter cannot be expressed.
 */
final class FeedSearcher {

    private final FeedQueries queries;

    FeedSearcher(FeedQueries queries) {
        this.queries = queries;
    }

    Optional<SearchHits> page(IndexSearcher searcher, long artistId, PostFilter filter, FeedCursor after, int limit)
            throws IOException {
        Optional<Query> query = queries.feed(artistId, filter, after);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        // counting no further than the page lets each segment stop at its first limit + 1 hits (index sort)
        TopFieldDocs top = searcher.search(query.get(),
                new TopFieldCollectorManager(FeedQueries.FEED_ORDER, limit + 1, null, limit + 1));
        int n = Math.min(limit, top.scoreDocs.length);
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(orderId(top.scoreDocs[i]));
        }
        FeedCursor next = null;
        if (top.scoreDocs.length > limit) {
            Object[] last = ((FieldDoc) top.scoreDocs[n - 1]).fields;
            next = new FeedCursor(PostDocuments.instant((Long) last[0]), (Long) last[1]);
        }
        return Optional.of(new SearchHits(ids, next));
    }

    Optional<Long> count(IndexSearcher searcher, long artistId, PostFilter filter) throws IOException {
        Optional<Query> query = queries.feed(artistId, filter, null);
        return query.isEmpty() ? Optional.empty() : Optional.of((long) searcher.count(query.get()));
    }

    /** The total, each platform without the filter's platform choice, each tag without its tag choice. */
    Optional<FeedCounts> counts(IndexSearcher searcher, long artistId, PostFilter filter) throws IOException {
        Optional<Query> all = queries.feed(artistId, filter, null);
        Optional<Query> anyPlatform = queries.feed(artistId, filter.withPlatforms(Set.of()), null);
        Optional<Query> anyTag = queries.feed(artistId, filter.withTag(null), null);
        if (all.isEmpty() || anyPlatform.isEmpty() || anyTag.isEmpty()) {
            return Optional.empty();
        }
        Map<Platform, Long> byPlatform = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            long n = searcher.count(and(anyPlatform.get(), FeedQueries.platform(p)));
            if (n > 0) {
                byPlatform.put(p, n);
            }
        }
        Map<Tag, Long> byTag = new EnumMap<>(Tag.class);
        for (Tag t : Tag.values()) {
            byTag.put(t, (long) searcher.count(and(anyTag.get(), FeedQueries.tag(t))));
        }
        return Optional.of(new FeedCounts(searcher.count(all.get()), byPlatform, byTag));
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    private static long orderId(ScoreDoc hit) {
        return (Long) ((FieldDoc) hit).fields[1];
    }
}

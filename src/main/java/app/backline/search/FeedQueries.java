package app.backline.search;

import app.backline.domain.FeedCursor;
import app.backline.domain.FeedSort;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link PostFilter} of one artist's feed as a Lucene query, in the feed's order (posted_at desc, id desc) with
 * the same keyset as the SQL ({@code posted < at or (posted = at and id < id)}). Only the newest-first order is
 * handled: the engagement order changes with every metrics refresh, which the index does not follow.
 */
final class FeedQueries {

    /** The feed's order: newest first, the higher id first within one microsecond. */
    static final Sort FEED_ORDER = new Sort(new SortField(PostDocuments.POSTED, SortField.Type.LONG, true),
            new SortField(PostDocuments.ORDER_ID, SortField.Type.LONG, true));

    private final TextQuery text;

    FeedQueries(TextQuery text) {
        this.text = text;
    }

    /** @return empty when the index cannot answer this filter */
    Optional<Query> feed(long artistId, PostFilter filter, FeedCursor after) {
        if (filter.sort() != FeedSort.NEWEST) {
            return Optional.empty();
        }
        Optional<Query> words = text.parse(filter.text());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(PostDocuments.ARTIST, Long.toString(artistId))), Occur.FILTER);
        q.add(words.get(), Occur.FILTER);
        platforms(q, filter);
        if (!filter.includeReplies()) {
            q.add(new TermQuery(new Term(PostDocuments.FLAG, PostDocuments.REPLY)), Occur.MUST_NOT);
        }
        if (!filter.includeReposts()) {
            q.add(new TermQuery(new Term(PostDocuments.FLAG, PostDocuments.REPOST)), Occur.MUST_NOT);
        }
        if (filter.tag() != null) {
            q.add(tag(filter.tag()), Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : PostDocuments.micros(filter.from());
            long to = filter.to() == null ? Long.MAX_VALUE : PostDocuments.micros(filter.to()) - 1;
            q.add(LongPoint.newRangeQuery(PostDocuments.POSTED, from, to), Occur.FILTER);
        }
        if (after != null) {
            q.add(keyset(after), Occur.FILTER);
        }
        return Optional.of(q.build());
    }

    static Query platform(Platform platform) {
        return new TermQuery(new Term(PostDocuments.PLATFORM, platform.name()));
    }

    static Query tag(Tag tag) {
        return new TermQuery(new Term(PostDocuments.TAG, tag.name()));
    }

    private static void platforms(BooleanQuery.Builder q, PostFilter filter) {
        int n = filter.platforms().size();
        if (n == 1) {
            q.add(platform(filter.platforms().iterator().next()), Occur.FILTER);
        } else if (n > 1 && n < Platform.values().length) {
            q.add(new TermInSetQuery(PostDocuments.PLATFORM,
                    filter.platforms().stream().map(p -> new BytesRef(p.name())).toList()), Occur.FILTER);
        }
    }

    private static Query keyset(FeedCursor after) {
        long at = PostDocuments.micros(after.postedAt());
        BooleanQuery.Builder sameTime = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery(PostDocuments.POSTED, at), Occur.FILTER)
                .add(LongPoint.newRangeQuery(PostDocuments.ORDER_ID, Long.MIN_VALUE, after.postId() - 1), Occur.FILTER);
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(PostDocuments.POSTED, Long.MIN_VALUE, at - 1), Occur.SHOULD)
                .add(sameTime.build(), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}

package app.backline.persistence;

import app.backline.domain.FeedCursor;
import app.backline.domain.FeedSort;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.entity.RowReader;
import org.hibernate.query.SelectionQuery;

/**
 * HQL for one artist's filtered feed. The ORDER BY always starts with the equality columns of a feed
 * index ({@code artist_id[, platform], posted_at DESC, id DESC}) so H2 reads the index in order instead
 * of sorting the artist's rows in memory; paging is keyset on (postedAt, id).
 */
final class FeedQuery {

    private final StringBuilder where = new StringBuilder("p.artistId = :artist");
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final boolean singlePlatform;
    private final FeedSort sort;

    FeedQuery(long artistId, PostFilter filter) {
        params.put("artist", artistId);
        sort = filter.sort();
        singlePlatform = filter.platforms().size() == 1;
        if (singlePlatform) {
            add("p.platform = :platform", "platform", filter.platforms().iterator().next());
        } else if (!filter.platforms().isEmpty() && filter.platforms().size() < Platform.values().length) {
            add("p.platform in (:platforms)", "platforms", List.copyOf(filter.platforms()));
        }
        addText(filter.text());
        if (!filter.includeReplies()) {
            where.append(" and p.reply = false");
        }
        if (!filter.includeReposts()) {
            where.append(" and p.repost = false");
        }
        if (filter.tag() != null) {
            add("p.tags like :tag", "tag", "%" + filter.tag().name() + "%");
        }
        if (filter.from() != null) {
            add("p.postedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            add("p.postedAt < :to", "to", filter.to());
        }
    }

    private void addText(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        int i = 0;
        for (String word : Arrays.stream(words).filter(w -> !w.isEmpty()).toList()) {
            String name = "w" + i++;
            add("p.searchText like :" + name + " escape '\\'", name, "%" + escapeLike(word) + "%");
        }
    }

    private void add(String clause, String name, Object value) {
        where.append(" and ").append(clause);
        params.put(name, value);
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** HQL for the rows of one page after {@code cursor} ({@code null} for the first page). */
    String pageHql(FeedCursor cursor) {
        if (sort == FeedSort.ENGAGEMENT) {
            String keyset = cursor == null ? "" : " and p.engagement <= :cEng and (p.engagement < :cEng"
                    + " or p.viewsRank < :cViews or (p.viewsRank = :cViews and p.id < :cId))";
            return "from PostEntity p where " + where + keyset
                    + " order by p.artistId, p.engagement desc, p.viewsRank desc, p.id desc";
        }
        String keyset = cursor == null ? ""
                : " and p.postedAt <= :cAt and (p.postedAt < :cAt or p.id < :cId)";
        String order = singlePlatform
                ? " order by p.artistId, p.platform, p.postedAt desc, p.id desc"
                : " order by p.artistId, p.postedAt desc, p.id desc";
        return "from PostEntity p where " + where + keyset + order;
    }

    /** Posts per platform passing the where clause. */
    String platformCountHql() {
        return "select p.platform, count(p) from PostEntity p where " + where + " group by p.platform";
    }

    /** Posts per tag passing the where clause: one sum per tag, in {@link Tag} order. */
    String tagCountHql() {
        StringBuilder select = new StringBuilder("select ");
        for (Tag t : Tag.values()) {
            select.append(t.ordinal() == 0 ? "" : ", ").append("sum(case when p.tags like '%")
                    .append(t.name()).append("%' then 1 else 0 end)");
        }
        return select + " from PostEntity p where " + where;
    }

    String countHql() {
        return "select count(p) from PostEntity p where " + where;
    }

    <T> SelectionQuery<T> bind(SelectionQuery<T> query, FeedCursor cursor) {
        params.forEach(query::setParameter);
        cursorParams(cursor).forEach(query::setParameter);
        return query;
    }

    private Map<String, Object> cursorParams(FeedCursor cursor) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (cursor != null && sort == FeedSort.ENGAGEMENT) {
            out.put("cEng", cursor.engagement());
            out.put("cViews", cursor.views());
            out.put("cId", cursor.postId());
        } else if (cursor != null) {
            out.put("cAt", cursor.postedAt());
            out.put("cId", cursor.postId());
        }
        return out;
    }

    /** A statement for plain JDBC: SQL with {@code ?} markers and the values to bind, in order. */
    record Sql(String text, List<Object> values) {
    }

    /**
     * The page's rows ({@code post.*}) as plain SQL, at most {@code limit} of them: {@link #pageHql} with
     * property names turned into the mapped column names and named parameters into positional ones, so the
     * feed's clauses are written once. Enum values bind as their names, instants as UTC timestamps.
     */
    Sql pageSql(FeedCursor cursor, int limit) {
        Map<String, Object> values = new LinkedHashMap<>(params);
        values.putAll(cursorParams(cursor));
        String hql = pageHql(cursor).replace("from PostEntity p", "select p.* from post p");
        StringBuilder sql = new StringBuilder();
        List<Object> bound = new java.util.ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(hql);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = "p." + POSTS.columnOf(m.group(1));
            } else {
                Object value = values.get(m.group(2));
                if (value instanceof java.util.Collection<?> many) {
                    replacement = String.join(", ", java.util.Collections.nCopies(many.size(), "?"));
                    many.forEach(v -> bound.add(jdbcValue(v)));
                } else {
                    replacement = "?";
                    bound.add(jdbcValue(value));
                }
            }
            m.appendReplacement(sql, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sql);
        sql.append(" limit ?");
        bound.add(limit);
        return new Sql(sql.toString(), List.copyOf(bound));
    }

    /** The rows of {@code ids} ({@code post.*}), in no particular order. */
    static Sql byIds(List<Long> ids) {
        return new Sql("select p.* from post p where p.id = any(?)", List.of((Object) ids.toArray(Long[]::new)));
    }

    private static Object jdbcValue(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return v;
    }

    /** {@code p.property} or {@code :parameter} in the HQL this class writes. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("p\\.(\\w+)|:(\\w+)");

    private static final RowReader<PostEntity> POSTS = RowReader.posts();
}

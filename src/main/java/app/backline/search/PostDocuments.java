package app.backline.search;

import app.backline.domain.Tag;
import app.backline.persistence.repository.IndexedPost;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The index's schema: one document per post. Filters are exact terms (artist, platform, tag, reply/repost flags);
 * the feed's order is two numeric doc values (posted_at in microseconds, as H2 stores it, then the post id), both
 * also indexed as points for date ranges and the keyset. The text field holds what the SQL filter's
 * {@code search_text} holds: caption, hashtags and mentions.
 */
final class PostDocuments {

    static final String ID = "id";
    static final String ORDER_ID = "order_id";
    static final String POSTED = "posted";
    static final String ARTIST = "artist";
    static final String PLATFORM = "platform";
    static final String TAG = "tag";
    static final String FLAG = "flag";
    static final String TEXT = "text";
    static final String HASHTAG = "hashtag";
    static final String MENTION = "mention";
    static final String REPLY = "reply";
    static final String REPOST = "repost";

    /** Words only: no positions (no phrase search), no norms (results are sorted by date, never scored). */
    private static final FieldType WORDS = words();
    /** #tag and @handle as written in the caption, also when the import found no entities. */
    private static final Pattern MARKED = Pattern.compile("([#@])([\\p{L}\\p{N}_]+)");

    private PostDocuments() {
    }

    /** Splits and lower-cases text the same way for documents and queries (Unicode word breaks, no stop words). */
    static Analyzer analyzer() {
        return new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    static Document of(IndexedPost post) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(post.id()), Field.Store.YES));
        doc.add(new LongPoint(ORDER_ID, post.id()));
        doc.add(new NumericDocValuesField(ORDER_ID, post.id()));
        long posted = micros(post.postedAt());
        doc.add(new LongPoint(POSTED, posted));
        doc.add(new NumericDocValuesField(POSTED, posted));
        doc.add(new StringField(ARTIST, Long.toString(post.artistId()), Field.Store.NO));
        doc.add(new StringField(PLATFORM, post.platform().name(), Field.Store.NO));
        for (Tag tag : post.tags()) {
            doc.add(new StringField(TAG, tag.name(), Field.Store.NO));
        }
        if (post.reply()) {
            doc.add(new StringField(FLAG, REPLY, Field.Store.NO));
        }
        if (post.repost()) {
            doc.add(new StringField(FLAG, REPOST, Field.Store.NO));
        }
        Set<String> hashtags = lowered(post.hashtags());
        Set<String> mentions = lowered(post.mentions());
        Matcher m = MARKED.matcher(post.caption());
        while (m.find()) {
            (m.group(1).equals("#") ? hashtags : mentions).add(m.group(2).toLowerCase(Locale.ROOT));
        }
        hashtags.forEach(h -> doc.add(new StringField(HASHTAG, h, Field.Store.NO)));
        mentions.forEach(h -> doc.add(new StringField(MENTION, h, Field.Store.NO)));
        doc.add(new Field(TEXT, post.caption() + "\n" + String.join(" ", post.hashtags()) + "\n"
                + String.join(" ", post.mentions()), WORDS));
        return doc;
    }

    static Term idTerm(long postId) {
        return new Term(ID, Long.toString(postId));
    }

    /** Microseconds since the epoch: H2's TIMESTAMP(6) precision, so the order matches the store's exactly. */
    static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static Set<String> lowered(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setStored(false);
        type.freeze();
        return type;
    }
}

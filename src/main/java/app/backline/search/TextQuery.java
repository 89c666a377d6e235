package app.backline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The feed's search box as a Lucene query. As with the SQL filter, every word must match, ignoring case; a word
 * matches a word of the post that starts with it ("tour" finds "tours" and "#touring", as the SQL substring match
 * did, but no longer "detour"). {@code #word} matches hashtags and {@code @word} mentions. A one-letter word
 * must match a whole word (a prefix that short matches nearly everything). A word with no letters or digits
 * (say "!!!") cannot be expressed: the query is then left to SQL.
 */
final class TextQuery {

    private static final Pattern WORD_CHARS = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final Analyzer analyzer;

    TextQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @return empty when some word cannot be expressed in the index */
    Optional<Query> parse(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String marked = word.substring(1);
            if ((word.charAt(0) == '#' || word.charAt(0) == '@') && WORD_CHARS.matcher(marked).matches()) {
                String field = word.charAt(0) == '#' ? PostDocuments.HASHTAG : PostDocuments.MENTION;
                all.add(new PrefixQuery(new Term(field, marked)), Occur.FILTER);
                clauses++;
                continue;
            }
            List<String> tokens = tokens(word);
            if (tokens.isEmpty()) {
                return Optional.empty();
            }
            for (String token : tokens) {
                all.add(token.length() < 2 ? new TermQuery(new Term(PostDocuments.TEXT, token))
                        : new PrefixQuery(new Term(PostDocuments.TEXT, token)), Occur.FILTER);
                clauses++;
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }

    private List<String> tokens(String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(PostDocuments.TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query word cannot read from a string", e);
        }
        return out;
    }
}

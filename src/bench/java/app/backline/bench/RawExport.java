package app.backline.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export baseline: a plain JDBC read of one artist's posts, newest first (one query for the posts with
 * their account's handle, one for the artist's media items), streamed through Jackson's CSV writer or a
 * {@link JsonGenerator} with the export's columns, field order, formatting and pretty printer, so the bytes
 * come out the same as Backline's export of the same posts.
 */
final class RawExport {

    static final List<String> CSV_COLUMNS = List.of("artist", "platform", "handle", "externalPostId", "permalink",
            "caption", "postedAt", "mediaType", "mediaTypes", "mediaUrls", "mediaLocalPaths", "hashtags", "mentions",
            "links", "tags", "summary", "language", "ingestSource", "isReply", "isRepost", "likes", "comments",
            "shares", "views");

    private static final String POSTS = "SELECT p.id, p.platform, a.handle, p.external_post_id, p.permalink, "
            + "p.caption, p.posted_at, p.media_type, p.hashtags, p.mentions, p.links, p.tags, p.summary, "
            + "p.language, p.ingest_source, p.is_reply, p.is_repost, p.likes, p.comments, p.shares, p.views "
            + "FROM post p JOIN social_account a ON a.id = p.account_id WHERE p.artist_id = ? "
            + "ORDER BY p.artist_id, p.posted_at DESC, p.id DESC LIMIT ?";
    private static final String MEDIA = "SELECT m.post_id, m.media_type, m.remote_url, m.local_path "
            + "FROM media_item m JOIN post p ON p.id = m.post_id WHERE p.artist_id = ? ORDER BY m.post_id, m.position";

    /** One media item as stored. */
    private record MediaItem(String type, String url, String localPath) {
    }

    private final Connection connection;
    private final CsvMapper csv = new CsvMapper();
    private final ObjectMapper json = new ObjectMapper();

    RawExport(Connection connection) {
        this.connection = connection;
    }

    /** Writes the artist's {@code limit} newest posts as CSV (header row included); returns the posts written. */
    int csv(long artistId, String artistName, int limit, OutputStream out) throws SQLException, IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        int[] written = {0};
        try (SequenceWriter rows = csv.writer(schema.setUseHeader(true).setLineSeparator("\r\n").build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            read(artistId, limit, (rs, media) -> {
                rows.write(Arrays.asList(artistName, platform(rs), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), postedAt(rs), rs.getString(8), joinMedia(media, MediaItem::type),
                        joinMedia(media, MediaItem::url), joinMedia(media, MediaItem::localPath), bars(rs.getString(9)),
                        bars(rs.getString(10)), bars(rs.getString(11)), tags(rs.getString(12)), rs.getString(13),
                        rs.getString(14), rs.getString(15), rs.getBoolean(16), rs.getBoolean(17), count(rs, 18),
                        count(rs, 19), count(rs, 20), count(rs, 21)));
                written[0]++;
            });
        }
        return written[0];
    }

    /** Writes the artist's {@code limit} newest posts as one pretty-printed JSON array; returns the posts written. */
    int json(long artistId, String artistName, int limit, OutputStream out) throws SQLException, IOException {
        int[] written = {0};
        try (JsonGenerator g = json.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            read(artistId, limit, (rs, media) -> {
                writeJson(g, artistName, rs, media);
                written[0]++;
            });
            g.writeEndArray();
            g.writeRaw('\n');
        }
        return written[0];
    }

    private static void writeJson(JsonGenerator g, String artistName, ResultSet rs, List<MediaItem> media)
            throws SQLException, IOException {
        g.writeStartObject();
        g.writeStringField("artist", artistName);
        g.writeStringField("platform", platform(rs));
        g.writeStringField("handle", rs.getString(3));
        g.writeStringField("externalPostId", rs.getString(4));
        g.writeStringField("permalink", rs.getString(5));
        g.writeStringField("caption", rs.getString(6));
        g.writeStringField("postedAt", postedAt(rs));
        g.writeStringField("mediaType", rs.getString(8));
        g.writeArrayFieldStart("media");
        for (MediaItem m : media) {
            g.writeStartObject();
            g.writeStringField("type", m.type());
            g.writeStringField("url", m.url());
            g.writeStringField("localPath", m.localPath());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeList(g, "hashtags", rs.getString(9));
        writeList(g, "mentions", rs.getString(10));
        writeList(g, "links", rs.getString(11));
        g.writeArrayFieldStart("tags");
        for (String tag : tagList(rs.getString(12))) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("summary", rs.getString(13));
        g.writeStringField("language", rs.getString(14));
        g.writeStringField("ingestSource", rs.getString(15));
        g.writeBooleanField("isReply", rs.getBoolean(16));
        g.writeBooleanField("isRepost", rs.getBoolean(17));
        g.writeObjectFieldStart("metrics");
        writeCount(g, "likes", count(rs, 18));
        writeCount(g, "comments", count(rs, 19));
        writeCount(g, "shares", count(rs, 20));
        writeCount(g, "views", count(rs, 21));
        g.writeEndObject();
        g.writeEndObject();
    }

    @FunctionalInterface
    private interface RowSink {
        void row(ResultSet rs, List<MediaItem> media) throws SQLException, IOException;
    }

    private void read(long artistId, int limit, RowSink sink) throws SQLException, IOException {
        Map<Long, List<MediaItem>> media = media(artistId);
        try (PreparedStatement s = connection.prepareStatement(POSTS)) {
            s.setLong(1, artistId);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.row(rs, media.getOrDefault(rs.getLong(1), List.of()));
                }
            }
        }
    }

    private Map<Long, List<MediaItem>> media(long artistId) throws SQLException {
        Map<Long, List<MediaItem>> out = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(MEDIA)) {
            s.setLong(1, artistId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                            .add(new MediaItem(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static String platform(ResultSet rs) throws SQLException {
        return rs.getString(2).toLowerCase(Locale.ROOT);
    }

    private static String postedAt(ResultSet rs) throws SQLException {
        return DateTimeFormatter.ISO_INSTANT.format(rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    private static Long count(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void writeCount(JsonGenerator g, String name, Long value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void writeList(JsonGenerator g, String name, String newlineSeparated) throws IOException {
        g.writeArrayFieldStart(name);
        if (!newlineSeparated.isEmpty()) {
            for (String value : newlineSeparated.split("\n")) {
                g.writeString(value);
            }
        }
        g.writeEndArray();
    }

    private static String joinMedia(List<MediaItem> media, java.util.function.Function<MediaItem, String> part) {
        if (media.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < media.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            String value = part.apply(media.get(i));
            out.append(value == null ? "" : value);
        }
        return out.toString();
    }

    private static String bars(String newlineSeparated) {
        return newlineSeparated.isEmpty() ? null : newlineSeparated.replace('\n', '|');
    }

    private static String tags(String commaSeparated) {
        List<String> keys = tagList(commaSeparated);
        return keys.isEmpty() ? null : String.join("|", keys);
    }

    /** Stored tag names (comma-separated) as lower-case keys, alphabetical. */
    private static List<String> tagList(String commaSeparated) {
        if (commaSeparated.isEmpty()) {
            return List.of();
        }
        String[] names = commaSeparated.toLowerCase(Locale.ROOT).split(",");
        Arrays.sort(names);
        return Arrays.asList(names);
    }
}

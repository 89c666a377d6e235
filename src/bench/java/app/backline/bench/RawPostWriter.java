package app.backline.bench;

import app.backline.domain.Media;
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ingest baseline: the same rows Backline stores (post columns as {@code PostMapper} fills them, media
 * items, artist and account rows, the artist's post count), written with plain JDBC batch {@code MERGE}s and
 * one commit per archive slice.
 */
final class RawPostWriter {

    private static final String POST = "MERGE INTO post (artist_id, account_id, platform, external_post_id, "
            + "permalink, caption, media_type, posted_at, fetched_at, likes, comments, shares, views, hashtags, "
            + "mentions, links, tags, summary, language, visibility, ingest_source, is_reply, is_repost, "
            + "search_text, engagement, views_rank) KEY (external_post_id, platform) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String MEDIA = "MERGE INTO media_item (post_id, position, media_type, remote_url) "
            + "KEY (post_id, position) SELECT id, ?, ?, ? FROM post WHERE external_post_id = ? AND platform = ?";
    private static final int JDBC_BATCH = 1000;

    private final Connection connection;

    RawPostWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** Writes one slice (drafts already enriched) under the given artist and account ids, then commits. */
    void write(long artistId, long accountId, ArchiveBatch batch, List<PostDraft> drafts) throws SQLException {
        owners(artistId, accountId, batch);
        Instant now = Instant.now();
        try (PreparedStatement post = connection.prepareStatement(POST);
             PreparedStatement media = connection.prepareStatement(MEDIA)) {
            int pending = 0;
            for (PostDraft d : drafts) {
                bind(post, artistId, accountId, d, now);
                post.addBatch();
                if (++pending % JDBC_BATCH == 0) {
                    post.executeBatch();
                }
            }
            post.executeBatch();
            for (PostDraft d : drafts) {
                List<Media> items = d.media();
                for (int i = 0; i < items.size(); i++) {
                    media.setInt(1, i);
                    media.setString(2, items.get(i).type().name());
                    media.setString(3, items.get(i).remoteUrl());
                    media.setString(4, d.externalPostId());
                    media.setString(5, d.platform().name());
                    media.addBatch();
                }
            }
            media.executeBatch();
        }
        try (PreparedStatement count = connection.prepareStatement(
                "UPDATE artist SET post_count = (SELECT COUNT(*) FROM post WHERE artist_id = ?) WHERE id = ?")) {
            count.setLong(1, artistId);
            count.setLong(2, artistId);
            count.executeUpdate();
        }
        connection.commit();
    }

    private void owners(long artistId, long accountId, ArchiveBatch batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement artist = connection.prepareStatement(
                "MERGE INTO artist (id, name, name_key, created_at) KEY (id) VALUES (?, ?, ?, ?)");
             PreparedStatement account = connection.prepareStatement("MERGE INTO social_account (id, artist_id, "
                     + "platform, handle, connection_type, connection_state, created_at) KEY (id) "
                     + "VALUES (?, ?, ?, ?, 'IMPORT', 'READY', ?)")) {
            artist.setLong(1, artistId);
            artist.setString(2, batch.artistName());
            artist.setString(3, batch.artistName().toLowerCase(Locale.ROOT));
            artist.setTimestamp(4, now);
            artist.executeUpdate();
            account.setLong(1, accountId);
            account.setLong(2, artistId);
            account.setString(3, batch.platform().name());
            account.setString(4, batch.handle());
            account.setTimestamp(5, now);
            account.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, long artistId, long accountId, PostDraft d, Instant now)
            throws SQLException {
        Long likes = d.metrics().likes();
        Long views = d.metrics().views();
        s.setLong(1, artistId);
        s.setLong(2, accountId);
        s.setString(3, d.platform().name());
        s.setString(4, d.externalPostId());
        s.setString(5, d.permalink());
        s.setString(6, d.caption());
        s.setString(7, d.mediaType().name());
        s.setObject(8, d.postedAt().atOffset(java.time.ZoneOffset.UTC));
        s.setObject(9, now.atOffset(java.time.ZoneOffset.UTC));
        setLong(s, 10, likes);
        setLong(s, 11, d.metrics().comments());
        setLong(s, 12, d.metrics().shares());
        setLong(s, 13, views);
        s.setString(14, String.join("\n", d.entities().hashtags()));
        s.setString(15, String.join("\n", d.entities().mentions()));
        s.setString(16, String.join("\n", d.entities().links()));
        s.setString(17, d.tags().stream().sorted().map(Tag::name).collect(Collectors.joining(",")));
        s.setString(18, d.summary());
        s.setString(19, d.language());
        s.setString(20, d.visibility());
        s.setString(21, d.ingestSource().name());
        s.setBoolean(22, d.reply());
        s.setBoolean(23, d.repost());
        s.setString(24, (d.caption() + "\n" + String.join(" ", d.entities().hashtags()) + "\n"
                + String.join(" ", d.entities().mentions())).toLowerCase(Locale.ROOT));
        s.setLong(25, d.metrics().engagement());
        s.setLong(26, views == null ? -1 : views);
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}

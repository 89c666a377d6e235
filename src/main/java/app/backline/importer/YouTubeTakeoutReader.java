package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Google Takeout of "YouTube and YouTube Music" (see {@link YouTubeTakeoutLayout}): the
 * channel's own uploads from {@code video metadata/videos.csv}, their texts from
 * {@code video texts.csv}, and the channel from {@code channels/channel.csv}. Comments, playlists and
 * watch history are not posts of the feed. A Takeout part without {@code videos.csv} reads as zero posts.
 */
final class YouTubeTakeoutReader implements ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(YouTubeTakeoutReader.class);

    private final ArchiveCsv csv;
    private final YouTubeVideoMapper mapper;

    YouTubeTakeoutReader(ArchiveCsv csv, YouTubeVideoMapper mapper) {
        this.csv = csv;
        this.mapper = mapper;
    }

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public boolean recognizes(ArchiveSource source, String root) {
        return YouTubeTakeoutLayout.base(source, root).isPresent();
    }

    @Override
    public ParsedArchive read(ArchiveSource source, String root, Progress progress) throws IOException {
        YouTubeTakeoutLayout layout = YouTubeTakeoutLayout.of(source,
                YouTubeTakeoutLayout.base(source, root).orElse(root));
        Map<String, YouTubeTexts> texts = texts(source, layout.texts(), progress);
        List<ArchivePost> posts = new ArrayList<>();
        String[] videoChannel = {null};
        int[] skipped = {0};
        if (layout.videos() != null) {
            progress.report(0, -1, "Reading " + layout.videos());
            csv.forEachRow(source, layout.videos(), YouTubeVideoMapper.REQUIRED, progress, row -> {
                String id = YouTubeVideoMapper.videoId(row);
                mapper.map(row, YouTubeTexts.of(texts, id)).ifPresentOrElse(posts::add, () -> skipped[0]++);
                if (videoChannel[0] == null) {
                    videoChannel[0] = ArchiveText.strip(row.get("channel id"));
                }
            });
        }
        if (skipped[0] > 0) {
            LOG.warn("Skipped {} videos without id or timestamp in YouTube Takeout {}", skipped[0],
                    source.displayName());
        }
        return new ParsedArchive(identity(source, layout.channel(), videoChannel[0], progress), posts);
    }

    private Map<String, YouTubeTexts> texts(ArchiveSource source, String file, Progress progress)
            throws IOException {
        Map<String, YouTubeTexts> byId = new HashMap<>();
        if (file != null) {
            progress.report(0, -1, "Reading " + file);
            csv.forEachRow(source, file, List.of(List.of("video id")), progress, row -> {
                String id = YouTubeVideoMapper.videoId(row);
                if (id != null) {
                    byId.putIfAbsent(id, YouTubeTexts.of(row));
                }
            });
        }
        return byId;
    }

    /**
     * The channel from {@code channel.csv}: its id, and as handle its handle column where the export
     * has one, else its title. Without the file, the channel id of the videos.
     */
    private AccountIdentity identity(ArchiveSource source, String file, String videoChannelId, Progress progress)
            throws IOException {
        CsvRow[] first = {null};
        if (file != null) {
            csv.forEachRow(source, file, List.of(List.of("channel id")), progress,
                    row -> first[0] = first[0] != null ? first[0] : row);
        }
        CsvRow channel = first[0];
        String id = ArchiveText.strip(channel != null ? channel.get("channel id") : videoChannelId);
        id = id != null && id.matches("[A-Za-z0-9_-]{1,64}") ? id : null;
        String handle = channel == null ? null : ArchiveText.capped(channel.get("channel handle", "handle",
                "channel title (original)", "channel title"), ArchiveText.MAX_HANDLE);
        return new AccountIdentity(Platform.YOUTUBE, id, handle,
                id == null ? null : "https://www.youtube.com/channel/" + id);
    }
}

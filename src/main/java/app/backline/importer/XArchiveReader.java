package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an X (Twitter) archive: {@code data/tweets.js} (or the parts the manifest lists) into posts.
 * Deleted tweets, community tweets and note tweets live in other files and are not posts of the feed.
 * An archive without tweet files (only account data) reads as zero posts.
 */
final class XArchiveReader implements ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(XArchiveReader.class);
    private static final int REPORT_EVERY = 250;

    private final ArchiveJson json;
    private final XTweetMapper mapper;

    XArchiveReader(ArchiveJson json, XTweetMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Platform platform() {
        return Platform.X;
    }

    @Override
    public boolean recognizes(ArchiveSource source, String root) {
        return XArchiveLayout.recognizes(source, root);
    }

    @Override
    public ParsedArchive read(ArchiveSource source, String root, Progress progress) throws IOException {
        XArchiveLayout layout = XArchiveLayout.read(source, root, json);
        AccountIdentity identity = layout.identity(json);
        List<String> mediaDirs = layout.mediaDirectories();
        List<ArchivePost> posts = new ArrayList<>();
        int[] skipped = {0};
        for (String file : layout.tweetFiles()) {
            progress.checkCancelled();
            progress.report(posts.size(), -1, "Reading " + file);
            json.forEachElement(source, file, entry -> {
                mapper.map(entry, identity.handle(), mediaDirs).ifPresentOrElse(posts::add, () -> skipped[0]++);
                if (posts.size() % REPORT_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report(posts.size(), -1, "Reading " + file);
                }
            });
        }
        if (skipped[0] > 0) {
            LOG.warn("Skipped {} entries without id or creation time in X archive {}", skipped[0],
                    source.displayName());
        }
        return new ParsedArchive(identity, posts);
    }
}

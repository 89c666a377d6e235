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
 * Reads a LinkedIn data export ("Get a copy of your data"): the member's posts from {@code Shares.csv}
 * at its top level. {@code Comments.csv} holds comments on other posts and is not read. An export
 * without {@code Shares.csv} (recognised by {@code Profile.csv} with {@code Connections.csv}) reads as
 * zero posts. The export names no account id or public handle, so the identity is the platform alone.
 */
final class LinkedInArchiveReader implements ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedInArchiveReader.class);
    private static final String SHARES = "Shares.csv";

    private final ArchiveCsv csv;
    private final LinkedInShareMapper mapper;

    LinkedInArchiveReader(ArchiveCsv csv, LinkedInShareMapper mapper) {
        this.csv = csv;
        this.mapper = mapper;
    }

    @Override
    public Platform platform() {
        return Platform.LINKEDIN;
    }

    @Override
    public boolean recognizes(ArchiveSource source, String root) {
        return source.findIgnoringCase(root + SHARES).isPresent()
                || (source.findIgnoringCase(root + "Profile.csv").isPresent()
                        && source.findIgnoringCase(root + "Connections.csv").isPresent());
    }

    @Override
    public ParsedArchive read(ArchiveSource source, String root, Progress progress) throws IOException {
        List<ArchivePost> posts = new ArrayList<>();
        String shares = source.findIgnoringCase(root + SHARES).orElse(null);
        int[] skipped = {0};
        if (shares != null) {
            progress.report(0, -1, "Reading " + shares);
            csv.forEachRow(source, shares, LinkedInShareMapper.REQUIRED, progress,
                    row -> mapper.map(row).ifPresentOrElse(posts::add, () -> skipped[0]++));
        }
        if (skipped[0] > 0) {
            LOG.warn("Skipped {} shares without a readable date in LinkedIn export {}", skipped[0],
                    source.displayName());
        }
        return new ParsedArchive(new AccountIdentity(Platform.LINKEDIN, null, null, null), posts);
    }
}

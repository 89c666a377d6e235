package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a TikTok "Download your data" export in JSON format: one file, {@code user_data_tiktok.json}
 * ({@code user_data.json} in older exports), whose top level is an object of sections. The account's
 * own posts are the list at {@code Post › Posts › VideoList} (older: {@code Video › Videos ›
 * VideoList}); the watch history, also called {@code VideoList}, lives under {@code Your Activity}
 * and is not read. The handle is {@code Profile › Profile Info › ProfileMap › userName}. Section and
 * field names are matched ignoring case; an empty section is {@code null}, which reads as nothing.
 */
final class TikTokArchiveReader implements ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(TikTokArchiveReader.class);
    private static final int REPORT_EVERY = 250;
    private static final List<String> FILES = List.of("user_data_tiktok.json", "user_data.json");
    private static final List<List<String>> POSTS = List.of(List.of("Post", "Posts", "VideoList"),
            List.of("Video", "Videos", "VideoList"));
    private static final List<List<String>> PROFILE = List.of(List.of("Profile", "Profile Info", "ProfileMap"),
            List.of("Profile", "Profile Information", "ProfileMap"));
    /** Top-level sections of every known layout; a file with none of them is not a TikTok export. */
    private static final Set<String> SECTIONS = Set.of("profile", "post", "video", "your activity", "activity",
            "app settings", "comment", "direct message", "direct messages", "ads and data", "tiktok live");

    private final ArchiveJson json;
    private final TikTokPostMapper mapper;

    TikTokArchiveReader(ArchiveJson json, TikTokPostMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Platform platform() {
        return Platform.TIKTOK;
    }

    @Override
    public boolean recognizes(ArchiveSource source, String root) {
        return FILES.stream().anyMatch(f -> source.findIgnoringCase(root + f).isPresent());
    }

    @Override
    public ParsedArchive read(ArchiveSource source, String root, Progress progress) throws IOException {
        String file = FILES.stream().map(f -> source.findIgnoringCase(root + f)).flatMap(Optional::stream)
                .findFirst().orElseThrow();
        List<List<String>> paths = new ArrayList<>(POSTS);
        paths.addAll(PROFILE);
        Collector found = new Collector(file, progress);
        progress.report(0, -1, "Reading " + file);
        Set<String> sections = json.forEachAt(source, file, paths, found);
        if (sections.stream().noneMatch(s -> SECTIONS.contains(s.toLowerCase(Locale.ROOT)))) {
            throw new ArchiveRejectedException("Unreadable archive: " + file + " in " + source.displayName()
                    + " has none of the sections of a TikTok export (Profile, Post, Your Activity, ...)");
        }
        if (found.skipped > 0) {
            LOG.warn("Skipped {} posts without a post link or date in TikTok export {}", found.skipped,
                    source.displayName());
        }
        return new ParsedArchive(identity(found.userName), found.posts);
    }

    /** What one read collects from the streamed sections: posts, skipped entries, the user name. */
    private final class Collector implements BiConsumer<Integer, JsonNode> {

        private final String file;
        private final Progress progress;
        private final List<ArchivePost> posts = new ArrayList<>();
        private int skipped;
        private String userName;

        Collector(String file, Progress progress) {
            this.file = file;
            this.progress = progress;
        }

        @Override
        public void accept(Integer path, JsonNode value) {
            if (path >= POSTS.size()) {
                userName = userName != null ? userName : JsonFields.firstTextIgnoringCase(value, "userName");
                return;
            }
            mapper.map(value).ifPresentOrElse(posts::add, () -> skipped++);
            if ((posts.size() + skipped) % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.report(posts.size(), -1, "Reading " + file);
            }
        }
    }

    private static AccountIdentity identity(String userName) {
        String handle = ArchiveText.capped(userName, ArchiveText.MAX_HANDLE);
        String url = handle != null && handle.matches("[A-Za-z0-9._]{1,64}") ? "https://www.tiktok.com/@" + handle
                : null;
        return new AccountIdentity(Platform.TIKTOK, null, handle, url);
    }
}

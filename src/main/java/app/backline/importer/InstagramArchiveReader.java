package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Instagram "Download your information" export (JSON format):
 * {@code your_instagram_activity/content/posts_1.json}, {@code posts_2.json}, … (or the older
 * {@code content/posts_1.json} at the top level). Stories are not posts of the feed. The owner's user
 * name comes from {@code personal_information/personal_information/personal_information.json} when
 * the export has it.
 */
final class InstagramArchiveReader implements ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(InstagramArchiveReader.class);
    private static final int REPORT_EVERY = 250;
    private static final Pattern POSTS_FILE =
            Pattern.compile("(?:your_instagram_activity/)?content/posts_(\\d+)\\.json");
    private static final List<String> PROFILE_FILES = List.of(
            "personal_information/personal_information/personal_information.json",
            "personal_information/personal_information.json");

    private final ArchiveJson json;
    private final InstagramPostMapper mapper;

    InstagramArchiveReader(ArchiveJson json, InstagramPostMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public boolean recognizes(ArchiveSource source, String root) {
        return !postsFiles(source, root).isEmpty()
                || source.names().subSet(root + "your_instagram_activity/", root + "your_instagram_activity0")
                        .iterator().hasNext()
                || PROFILE_FILES.stream().anyMatch(name -> source.contains(root + name));
    }

    @Override
    public ParsedArchive read(ArchiveSource source, String root, Progress progress) throws IOException {
        AccountIdentity identity = identity(source, root);
        List<ArchivePost> posts = new ArrayList<>();
        int[] skipped = {0};
        for (String file : postsFiles(source, root)) {
            progress.checkCancelled();
            progress.report(posts.size(), -1, "Reading " + file);
            json.forEachElement(source, file, post -> {
                mapper.map(post, root).ifPresentOrElse(posts::add, () -> skipped[0]++);
                if (posts.size() % REPORT_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report(posts.size(), -1, "Reading " + file);
                }
            });
        }
        if (skipped[0] > 0) {
            LOG.warn("Skipped {} posts without a creation time in Instagram export {}", skipped[0],
                    source.displayName());
        }
        return new ParsedArchive(identity, posts);
    }

    /** {@code posts_N.json} files in number order, current layout before the older one. */
    private static List<String> postsFiles(ArchiveSource source, String root) {
        List<String> files = new ArrayList<>();
        for (String name : source.names().tailSet(root, true)) {
            if (!name.startsWith(root)) {
                break;
            }
            if (POSTS_FILE.matcher(name.substring(root.length())).matches()) {
                files.add(name);
            }
        }
        files.sort(Comparator.comparing((String n) -> !n.startsWith(root + "your_instagram_activity/"))
                .thenComparingInt(n -> partNumber(n.substring(root.length()))));
        return files;
    }

    private static int partNumber(String name) {
        Matcher m = POSTS_FILE.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private AccountIdentity identity(ArchiveSource source, String root) throws IOException {
        for (String name : PROFILE_FILES) {
            if (source.contains(root + name)) {
                JsonNode profile = json.readDocument(source, root + name).path("profile_user").path(0);
                String handle = Mojibake.repair(
                        JsonFields.text(profile.path("string_map_data").path("Username"), "value"));
                if (handle != null) {
                    return new AccountIdentity(Platform.INSTAGRAM, null, handle,
                            "https://www.instagram.com/" + handle + "/");
                }
            }
        }
        return new AccountIdentity(Platform.INSTAGRAM, null, null, null);
    }
}

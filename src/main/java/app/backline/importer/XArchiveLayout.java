package app.backline.importer;

import app.backline.domain.AccountIdentity;
import app.backline.domain.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an X archive keeps what the importer needs. {@code data/manifest.js} lists the tweet files
 * (under {@code dataTypes.tweets} since 2023, {@code dataTypes.tweet} before) and names the owner
 * ({@code userInfo}); without a manifest (2019 archives) the files are found by name
 * ({@code tweets.js}, {@code tweets-part1.js}, …, or the singular {@code tweet*.js}) and the owner
 * is read from {@code data/account.js}.
 */
final class XArchiveLayout {

    private static final Pattern TWEET_FILE = Pattern.compile("data/(tweets?)(?:-part(\\d+))?\\.js");

    private final ArchiveSource source;
    private final String root;
    private final JsonNode manifest;

    private XArchiveLayout(ArchiveSource source, String root, JsonNode manifest) {
        this.source = source;
        this.root = root;
        this.manifest = manifest;
    }

    static XArchiveLayout read(ArchiveSource source, String root, ArchiveJson json) throws IOException {
        String manifestName = root + "data/manifest.js";
        JsonNode manifest = source.contains(manifestName) ? json.readDocument(source, manifestName) : null;
        return new XArchiveLayout(source, root, manifest);
    }

    /** Whether the entries under {@code root} look like an X archive. */
    static boolean recognizes(ArchiveSource source, String root) {
        if (source.contains(root + "data/manifest.js") || source.contains(root + "data/account.js")) {
            return true;
        }
        return source.names().subSet(root + "data/", root + "data0").stream()
                .anyMatch(name -> TWEET_FILE.matcher(name.substring(root.length())).matches());
    }

    /**
     * The tweet files in part order, as entry names.
     *
     * @throws ArchiveRejectedException when the manifest lists a tweet file the archive lacks
     */
    List<String> tweetFiles() {
        Set<String> listed = new LinkedHashSet<>();
        for (String type : List.of("tweets", "tweet")) {
            for (JsonNode file : manifest == null ? List.<JsonNode>of() : list(type)) {
                String name = JsonFields.text(file, "fileName");
                if (name != null) {
                    EntryNames.normalize(name, source.displayName()).ifPresent(n -> listed.add(root + n));
                }
            }
        }
        for (String name : listed) {
            if (!source.contains(name)) {
                throw new ArchiveRejectedException("Incomplete archive: " + source.displayName() + " lacks "
                        + name + ", which its manifest.js lists");
            }
        }
        return listed.isEmpty() ? discoverTweetFiles() : List.copyOf(listed);
    }

    private Iterable<JsonNode> list(String dataType) {
        return manifest.path("dataTypes").path(dataType).path("files");
    }

    private List<String> discoverTweetFiles() {
        List<String> found = new ArrayList<>();
        for (String name : source.names().subSet(root + "data/", root + "data0")) {
            if (TWEET_FILE.matcher(name.substring(root.length())).matches()) {
                found.add(name);
            }
        }
        found.sort(Comparator.comparing((String n) -> group(n, 1)).reversed()
                .thenComparingInt(n -> Integer.parseInt(group(n, 2) == null ? "0" : group(n, 2))));
        return found;
    }

    private String group(String name, int group) {
        Matcher m = TWEET_FILE.matcher(name.substring(root.length()));
        return m.matches() ? m.group(group) : null;
    }

    /** Folders (entry names) that may hold tweet media: the manifest's, then the usual ones. */
    List<String> mediaDirectories() {
        Set<String> dirs = new LinkedHashSet<>();
        if (manifest != null) {
            for (String type : List.of("tweets", "tweet", "tweetsMedia", "tweetMedia")) {
                String dir = JsonFields.text(manifest.path("dataTypes").path(type), "mediaDirectory");
                if (dir != null) {
                    EntryNames.normalize(dir, source.displayName()).ifPresent(d -> dirs.add(root + d));
                }
            }
        }
        dirs.add(root + "data/tweets_media");
        dirs.add(root + "data/tweet_media");
        return List.copyOf(dirs);
    }

    /** The owner from the manifest, else from {@code data/account.js}, else unknown. */
    AccountIdentity identity(ArchiveJson json) throws IOException {
        JsonNode user = manifest == null ? null : manifest.path("userInfo");
        String id = JsonFields.text(user, "accountId");
        String handle = JsonFields.text(user, "userName");
        String accountFile = root + "data/account.js";
        if (id == null && handle == null && source.contains(accountFile)) {
            List<JsonNode> accounts = new ArrayList<>();
            json.forEachElement(source, accountFile, accounts::add);
            JsonNode account = accounts.isEmpty() ? null : accounts.get(0).path("account");
            id = JsonFields.text(account, "accountId");
            handle = JsonFields.text(account, "username");
        }
        return new AccountIdentity(Platform.X, id, handle, handle == null ? null : "https://x.com/" + handle);
    }
}

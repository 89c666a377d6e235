package app.backline.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a small X "download your data" archive folder the way X lays it out: {@code data/account.js}
 * and {@code data/tweets.js} as {@code window.YTD.<name>.part0 = [...]}, media under {@code data/tweets_media}.
 */
public final class XArchiveFolder {

    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper();
    private final ArrayNode tweets = json.createArrayNode();
    private final Path root;
    private final String handle;

    public XArchiveFolder(Path root, String handle) {
        this.root = root;
        this.handle = handle;
    }

    /** Adds a tweet; {@code replyTo} non-null makes it a reply; text starting "RT @" makes it a retweet. */
    public ObjectNode tweet(String id, Instant at, String text, long likes, long retweets, String replyTo) {
        ObjectNode tweet = json.createObjectNode();
        tweet.put("id_str", id).put("id", id).put("created_at", CREATED_AT.format(at)).put("full_text", text)
                .put("favorite_count", String.valueOf(likes)).put("retweet_count", String.valueOf(retweets))
                .put("lang", "en");
        if (replyTo != null) {
            tweet.put("in_reply_to_status_id_str", replyTo).put("in_reply_to_screen_name", "someone");
        }
        tweets.addObject().set("tweet", tweet);
        return tweet;
    }

    /** Attaches a photo to the tweet and writes its bytes where X keeps the local copy. */
    public void photo(ObjectNode tweet, String mediaName, byte[] bytes) throws IOException {
        String url = "https://pbs.twimg.com/media/" + mediaName;
        ObjectNode item = json.createObjectNode().put("type", "photo").put("media_url_https", url);
        ArrayNode media = json.createArrayNode().add(item);
        tweet.putObject("extended_entities").set("media", media);
        Path file = root.resolve("data/tweets_media/" + tweet.get("id_str").asText() + "-" + mediaName);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Writes account.js and tweets.js; returns the archive's root folder. */
    public Path write() throws IOException {
        Files.createDirectories(root.resolve("data"));
        ArrayNode accounts = json.createArrayNode();
        accounts.addObject().putObject("account").put("accountId", "4242").put("username", handle);
        Files.writeString(root.resolve("data/account.js"), "window.YTD.account.part0 = "
                + json.writerWithDefaultPrettyPrinter().writeValueAsString(accounts), UTF_8);
        Files.writeString(root.resolve("data/tweets.js"), "window.YTD.tweets.part0 = "
                + json.writerWithDefaultPrettyPrinter().writeValueAsString(tweets), UTF_8);
        return root;
    }
}

package app.backline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.FeedSort;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRunStatus;
import app.backline.domain.Tag;
import app.backline.network.ProxySettings;
import app.backline.ui.fx.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the UI code names exists in the one bundle, and every pattern formats. A key is any
 * string literal in the UI sources shaped like {@code word.word[.word]} whose first word is a bundle prefix;
 * literals ending in a dot are prefixes completed with enum names.
 */
class MessagesTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)*\\.?)\"");
    private static final Map<String, List<String>> DYNAMIC = Map.ofEntries(
            Map.entry("mediaType.", names(MediaType.values())),
            Map.entry("ingestSource.", names(IngestSource.values())),
            Map.entry("tag.", names(Tag.values())),
            Map.entry("feed.sort.", names(FeedSort.values())),
            Map.entry("connections.state.", names(ConnectionState.values())),
            Map.entry("accounts.userId.hint.", names(Platform.values())),
            Map.entry("runs.mode.", names(SyncMode.values())),
            Map.entry("runs.status.", names(SyncRunStatus.values())),
            Map.entry("network.saved.", names(ProxySettings.Mode.values())),
            Map.entry("network.mode.", names(ProxySettings.Mode.values())),
            Map.entry("network.kind.", names(ProxySettings.Kind.values())));
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/app/backline/ui"),
            Path.of("src/main/java/app/backline/app/BacklineApp.java"));

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Properties bundle = bundle();
        Set<String> prefixes = new TreeSet<>();
        bundle.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (String literal : literals()) {
            if (prefixes.stream().noneMatch(literal::startsWith) || literal.equals(Messages.BUNDLE)) {
                continue;
            }
            for (String key : expand(literal)) {
                checked++;
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing, "keys used in code but not in messages.properties");
        assertTrue(checked > 50, "found only " + checked + " keys: is the scan still looking in the right place?");
    }

    @Test
    void everyPatternParses() throws IOException {
        Messages messages = Messages.load(Locale.US);
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            new java.text.MessageFormat(bundle.getProperty(key), Locale.US);
        }
        assertEquals("1 post", messages.format("feed.count", 1L));
        assertEquals("2,045 posts", messages.format("feed.count", 2045L));
    }

    private static List<String> expand(String literal) {
        if (!literal.endsWith(".")) {
            return List.of(literal);
        }
        List<String> values = DYNAMIC.get(literal);
        assertTrue(values != null, "no enum known for the key prefix " + literal);
        return values.stream().map(v -> literal + v).toList();
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/app/backline/ui/messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> literals() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path root : SOURCES) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(f, found));
            }
        }
        return found;
    }

    private static void collect(Path file, Set<String> found) {
        try {
            Matcher m = LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(1).contains(".")) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> value : values) {
            out.add(value.name());
        }
        return out;
    }
}

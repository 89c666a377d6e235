package app.backline.app;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.CaptionEntities;
import app.backline.domain.ConnectionType;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.persistence.repository.IngestBatch;
import app.backline.importer.ArchiveImportService;
import app.backline.persistence.Database;
import app.backline.roster.RosterService;
import app.backline.ui.XArchiveFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Manual preview (not a test): fills a data dir by importing generated X and Instagram archives, then
 * shows the real window on it. {@code java ... app.backline.app.PreviewMain /tmp/preview}
 */
public final class PreviewMain {

    private static final String[] LINES = {
        "New single \"Glass Harbour\" is out everywhere tonight. Thank you for waiting with us #GlassHarbour",
        "Soundcheck in Lisbon. This room sounds unreal.",
        "Tickets for the autumn tour go on sale Friday 10:00 local time. Link in bio! #tour #livemusic",
        "We wrote this one in a kitchen in Bergen at 3am and it still makes us smile.",
        "Thank you @sonarfest for having us, what a night. See you next year!",
        "Merch restock: the blue hoodies are back, plus a new tote bag designed by @lenaprints",
        "Studio day. Drums are done, bass tomorrow, vocals when the coffee kicks in.",
        "Behind the scenes of the video shoot, out next week #bts",
        "Rehearsals for the acoustic set. Which old song should come back?",
        "Vinyl pre-orders are open: 180g, gatefold, lyric sheet and a poster of the cover art. #vinyl",
    };

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/backline-preview").toAbsolutePath();
        AppPaths paths = AppPaths.resolve(dir.toString(), java.util.Map.of(), "linux", "/tmp");
        if (!Boolean.getBoolean("preview.empty")
                && !Files.exists(paths.databaseBase().resolveSibling("backline.mv.db"))) {
            fill(paths, dir.resolve("archives"));
        }
        String pick = System.getProperty("preview.pick");
        javafx.application.Platform.startup(
                () -> new BacklineApp(paths, pick == null ? null : new FixedPicker(Path.of(pick))).start(new Stage()));
    }

    /** Answers every file question with one path (GTK dialogs cannot be driven under Xvfb). */
    private record FixedPicker(Path path) implements app.backline.ui.common.FilePicker {
        @Override
        public java.util.List<Path> archiveFiles(javafx.stage.Window owner) {
            return java.util.List.of(path);
        }

        @Override
        public java.util.Optional<Path> archiveFolder(javafx.stage.Window owner) {
            return java.util.Optional.of(path);
        }

        @Override
        public java.util.Optional<Path> exportFile(javafx.stage.Window owner, String name,
                                                   app.backline.export.ExportFormat format) {
            return java.util.Optional.of(path.resolveSibling(name));
        }
    }

    /** Fills the library through the real composition root, as the app would; the big feed goes in directly. */
    static void fill(AppPaths paths, Path archives) throws IOException {
        try (AppContext context = AppContext.open(paths)) {
            RosterService roster = context.roster();
            ArchiveImportService imports = context.imports();
            long aurora = roster.add("Aurora Vale").id();
            long owls = roster.add("The Night Owls").id();
            roster.add("Mara Jensen");
            roster.add("Kofi Mensah & The Tides");
            Path auroraX = xArchive(archives.resolve("aurora-x"), "auroravale", 140, 1);
            if (!Boolean.getBoolean("preview.leaveAuroraX")) {
                imports.importArchive(auroraX, ArtistRef.byId(aurora), Progress.NONE);
            }
            imports.importArchive(instagram(archives.resolve("aurora-ig"), 36), ArtistRef.byId(aurora), Progress.NONE);
            imports.importArchive(xArchive(archives.resolve("owls-x"), "thenightowls", 60, 2), ArtistRef.byId(owls),
                    Progress.NONE);
        }
        if (Boolean.getBoolean("preview.big")) {
            try (Database db = Database.open(paths.databaseBase())) {
                bigFeed(db, 100_000);
            }
        }
    }

    /** One artist with {@code count} stored posts, to feel the feed's paging at scale. */
    private static void bigFeed(Database db, int count) {
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        for (int start = 0; start < count; start += 5_000) {
            java.util.List<PostDraft> batch = new java.util.ArrayList<>();
            for (int i = start; i < Math.min(count, start + 5_000); i++) {
                batch.add(new PostDraft(Platform.X, "big-" + i, "https://x.com/bigfeed/status/" + i,
                        LINES[i % LINES.length] + " (" + i + ")", MediaType.TEXT, at.minusSeconds(600L * i),
                        new Metrics((long) i % 977, null, (long) i % 61, null), CaptionEntities.NONE,
                        i % 9 == 4, i % 13 == 6, "en", null, IngestSource.IMPORT, java.util.List.of()));
            }
            db.posts().ingest(new IngestBatch(ArtistRef.byName("Big Feed (100k)"),
                    new AccountIdentity(Platform.X, "9", "bigfeed", null), ConnectionType.IMPORT, batch),
                    Progress.NONE);
        }
    }

    private static Path xArchive(Path root, String handle, int count, long seed) throws IOException {
        Random random = new Random(seed);
        XArchiveFolder archive = new XArchiveFolder(root, handle);
        Instant at = Instant.parse("2026-11-20T18:30:00Z");
        for (int i = 0; i < count; i++) {
            String id = String.valueOf(1_790_000_000_000_000_000L + seed * 1_000_000 + i);
            at = at.minusSeconds(3600L * (5 + random.nextInt(40)));
            boolean reply = i % 7 == 3;
            boolean retweet = i % 11 == 5;
            String text = retweet ? "RT @sonarfest: Next up on the main stage: " + handle + "! #sonar"
                    : reply ? "@fan_account_" + i + " thank you so much, see you at the show!"
                    : LINES[random.nextInt(LINES.length)];
            var tweet = archive.tweet(id, at, text, 40 + random.nextInt(4000), random.nextInt(400),
                    reply ? "1780000000000000" + i : null);
            if (!reply && !retweet && i % 3 == 0) {
                archive.photo(tweet, "F" + id.substring(10) + ".jpg", image(random));
            }
        }
        return archive.write();
    }

    private static Path instagram(Path root, int count) throws IOException {
        Random random = new Random(7);
        ObjectMapper json = new ObjectMapper();
        ArrayNode posts = json.createArrayNode();
        long at = Instant.parse("2026-11-19T12:00:00Z").getEpochSecond();
        for (int i = 0; i < count; i++) {
            at -= 3600L * (20 + random.nextInt(60));
            String uri = "media/posts/202611/ig_" + i + ".jpg";
            Files.createDirectories(root.resolve(uri).getParent());
            Files.write(root.resolve(uri), image(random));
            ObjectNode media = json.createObjectNode().put("uri", uri).put("creation_timestamp", at)
                    .put("title", LINES[random.nextInt(LINES.length)]);
            posts.addObject().set("media", json.createArrayNode().add(media));
        }
        Path profile = root.resolve("personal_information/personal_information/personal_information.json");
        Files.createDirectories(profile.getParent());
        ObjectNode user = json.createObjectNode();
        user.putArray("profile_user").addObject().putObject("string_map_data").putObject("Username")
                .put("value", "aurora.vale");
        json.writeValue(profile.toFile(), user);
        Path file = root.resolve("your_instagram_activity/content/posts_1.json");
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), posts);
        return root;
    }

    private static byte[] image(Random random) throws IOException {
        BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color a = Color.getHSBColor(random.nextFloat(), 0.55f, 0.85f);
        Color b = Color.getHSBColor(random.nextFloat(), 0.65f, 0.45f);
        g.setPaint(new GradientPaint(0, 0, a, 480, 360, b));
        g.fillRect(0, 0, 480, 360);
        g.setColor(new Color(255, 255, 255, 70));
        for (int i = 0; i < 5; i++) {
            int r = 40 + random.nextInt(140);
            g.fillOval(random.nextInt(480) - r / 2, random.nextInt(360) - r / 2, r, r);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }
}

package app.backline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Artist;
import app.backline.feed.FeedService;
import app.backline.persistence.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipboardTableTest {

    @TempDir
    Path dir;
    private Database db;
    private ExportService exports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data/store/backline"));
        exports = new ExportService(new FeedService(db.posts()), dir.resolve("data"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> lines(String text) {
        assertTrue(text.endsWith("\n"), "every row ends in a line feed");
        return List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    @Test
    void headerThenNewestFirstOneLinePerPostTenColumns() {
        Artist ada = ExportFixtures.seed(db);
        List<String> lines = lines(exports.tabSeparatedNewest(ada, 30));

        assertEquals(1 + 5, lines.size(), "header and Ada's five posts, not Charles's");
        assertEquals("Posted (UTC)\tPlatform\tHandle\tCaption\tTags\tLikes\tComments\tShares\tViews\tPermalink",
                lines.get(0));
        for (String line : lines) {
            assertEquals(10, line.split("\t", -1).length, line);
            assertFalse(line.contains("\r"), line);
        }
        assertEquals("2026-11-01 12:00:00\tX\tada\t'@babbage agreed\t\t1\t0\t0\t\thttps://x.com/ada/status/1003",
                lines.get(1), "UTC time a spreadsheet reads as a date; a leading @ is kept as text; unknown views empty");
        assertTrue(lines.get(2).startsWith("2026-11-01 11:30:00\tTikTok\tada.tok\tdance 7002\t"), lines.get(2));
    }

    @Test
    void captionsWithBreaksAndQuotesStayInOneCell() {
        Artist ada = ExportFixtures.seed(db);
        String tricky = lines(exports.tabSeparatedNewest(ada, 30)).get(3);

        assertEquals("\"New single \"\"Engine\"\", out now! Tour dates: Berlin, Köln 🎹🔥 | 東京 #engine @babbage\"",
                tricky.split("\t")[3], "line breaks become spaces; quotes force RFC 4180 quoting");
        assertEquals("10\t2\t3\t", String.join("\t", List.of(tricky.split("\t", -1)).subList(5, 9)));
    }

    @Test
    void takesAtMostTheNewestCount() {
        Artist many = ExportFixtures.seedMany(db, "Many", 45);
        List<String> lines = lines(exports.tabSeparatedNewest(many, 30));

        assertEquals(31, lines.size());
        assertTrue(lines.get(1).contains("\tpost 44\t"), lines.get(1));
        assertTrue(lines.get(30).contains("\tpost 15\t"), lines.get(30));
    }

    @Test
    void textCellsAreOneLineWithoutAFormulaLeadIn() {
        assertEquals("a b c", ClipboardTable.text("a\tb\r\n\r\n c"));
        assertEquals("'=SUM(A1)", ClipboardTable.text("=SUM(A1)"));
        assertEquals("'- new merch", ClipboardTable.text("\n- new merch"));
        assertEquals("#tour", ClipboardTable.text("#tour"));
        assertNull(ClipboardTable.text(null));
    }
}

package app.backline.importer;

import static app.backline.importer.ArchiveCsvTest.assertRefused;
import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinkedIn's Shares.csv on small fixtures in LinkedIn's own (broken) multi-line quoting. */
class LinkedInArchiveReaderTest {

    static final String HEADER = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n";

    /** A multi-line commentary exactly as LinkedIn writes it: each line break wrapped in quotes, then CSV-quoted. */
    static final String RAW_MULTI_LINE = "\"New single out Friday.\"\"\n\"\"\"\"\n\"\"Tickets: \"\"soon\"\"."
            + "\"\"\n\"\"#release\"";

    /** {@code text} in LinkedIn's encoding. */
    static String linkedIn(String text) {
        return "\"" + text.replace("\n", "\"\n\"").replace("\"", "\"\"") + "\"";
    }

    static String row(String date, String urn, String commentary, String shared, String media) {
        return date + ",https://www.linkedin.com/feed/update/" + urn.replace(":", "%3A") + "," + commentary + ","
                + shared + "," + media + ",MEMBER_NETWORK\n";
    }

    static final String SHARES = HEADER
            + row("2025-07-01 14:33:22", "urn:li:share:7345821826846990338", RAW_MULTI_LINE, "\"\"", "\"\"")
            + row("2024-11-16 13:27:37", "urn:li:ugcPost:7263543235552116736",
                    linkedIn("Look \"here\"\n\nhttps://example.com/a"), "https://example.com/shared",
                    "https://media.example.com/preview.jpg")
            + row("2022-10-11 07:36:45", "urn:li:groupPost:9186332-6985503444988043264", "\"One line, with a comma\"",
                    "", "https://media.example.com/photo.png")
            + row("2015-11-05 12:25:36", "urn:li:share:6068010061538557952", "", "", "")
            + row("2015-11-05 12:25:36", "urn:li:share:6068010061538557952", "", "", "https://media.example.com/b.jpg");

    @TempDir
    Path dir;

    @Test
    void readsEveryRowWithItsFullMultiLineTextAndTheUrnAsId() throws Exception {
        Path zip = archive().file("Shares.csv", SHARES)
                .file("Comments.csv", "Date,Link,Message\n2025-07-13 08:15:21,https://x,\"not\na post\"\n")
                .zip(dir, "Basic_LinkedInDataExport_07-13-2025.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(Platform.LINKEDIN, parsed.platform());
        assertEquals(new app.backline.domain.AccountIdentity(Platform.LINKEDIN, null, null, null), parsed.identity());
        assertEquals(5, parsed.posts().size(), "every row; the service keeps the first of a repeated URN");
        PostDraft single = parsed.posts().get(0).draft();
        assertEquals("urn:li:share:7345821826846990338", single.externalPostId());
        assertEquals("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338", single.permalink());
        assertEquals("New single out Friday.\n\nTickets: \"soon\".\n#release", single.caption());
        assertEquals(List.of("release"), single.entities().hashtags());
        assertEquals(Instant.parse("2025-07-01T14:33:22Z"), single.postedAt());
        assertEquals("MEMBER_NETWORK", single.visibility());
        assertEquals(MediaType.TEXT, single.mediaType());
        assertEquals(List.of(), parsed.posts().get(0).media());
    }

    @Test
    void typesFollowTheSharedAndMediaUrls() throws Exception {
        ParsedArchive parsed = Fixtures.parse(archive().file("Shares.csv", SHARES).folder(dir, "export"));

        ArchivePost link = parsed.posts().get(1);
        assertEquals("urn:li:ugcPost:7263543235552116736", link.draft().externalPostId());
        assertEquals("Look \"here\"\n\nhttps://example.com/a", link.draft().caption());
        assertEquals(MediaType.LINK, link.draft().mediaType());
        assertEquals(List.of("https://example.com/a", "https://example.com/shared"), link.draft().entities().links());
        assertEquals(List.of(MediaRef.remote(MediaType.IMAGE, "https://media.example.com/preview.jpg")), link.media());
        ArchivePost photo = parsed.posts().get(2);
        assertEquals("urn:li:groupPost:9186332-6985503444988043264", photo.draft().externalPostId());
        assertEquals("One line, with a comma", photo.draft().caption());
        assertEquals(MediaType.IMAGE, photo.draft().mediaType());
        assertEquals("", parsed.posts().get(3).draft().caption());
    }

    @Test
    void aShareLinkWithoutUrnLeavesTheIdToTheStoreAndABadDateSkipsTheRow() throws Exception {
        String shares = HEADER + "2016-01-02 03:04:05,https://www.linkedin.com/updates?topic=1,hi,,,PUBLIC\n"
                + "02/01/2016,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,hi,,,PUBLIC\n";

        ParsedArchive parsed = Fixtures.parse(archive().file("Shares.csv", shares).folder(dir, "old"));

        assertEquals(1, parsed.posts().size());
        assertNull(parsed.posts().get(0).draft().externalPostId());
        assertEquals("https://www.linkedin.com/updates?topic=1", parsed.posts().get(0).draft().permalink());
    }

    @Test
    void anExportWithoutSharesHasNoPosts() throws Exception {
        ParsedArchive parsed = Fixtures.parse(archive().file("Profile.csv", "First Name,Last Name\nA,B\n")
                .file("Connections.csv", "First Name\nC\n").folder(dir, "quiet"));

        assertEquals(Platform.LINKEDIN, parsed.platform());
        assertEquals(0, parsed.posts().size());
    }

    @Test
    void refusesBrokenSharesNamingTheFile() {
        String unclosed = HEADER + "2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"
                + "\"Line one\"\"\n\"\"line two never ends";
        assertRefused(() -> Fixtures.parse(archive().file("Shares.csv", unclosed).folder(dir, "cut")),
                "Damaged archive: Shares.csv in cut is cut off or not valid CSV");
        assertRefused(() -> Fixtures.parse(archive().file("Shares.csv", "Date,Link,Message\n1,2,3\n")
                .folder(dir, "comments")), "Shares.csv in comments lacks the column \"sharelink\"");
        assertRefused(() -> Fixtures.parse(archive().file("Shares.csv", HEADER + "2025-07-01 14:33:22,x,y\n")
                .folder(dir, "short")), "Shares.csv in short has 3 fields in row 1 where its header names 6");
    }
}

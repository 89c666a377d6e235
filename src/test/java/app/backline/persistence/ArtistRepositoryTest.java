package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.backline.domain.Artist;
import app.backline.persistence.repository.DuplicateNameException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtistRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void namesAreUniqueIgnoringCaseAndSurviveReopening() {
        Path base = dir.resolve("store/backline");
        long id;
        try (Database db = Database.open(base)) {
            id = db.artists().create("Ada Lovelace").id();
            db.artists().create("bob");
            assertThrows(DuplicateNameException.class, () -> db.artists().create("ADA LOVELACE"));
            assertThrows(DuplicateNameException.class, () -> db.artists().rename(id, "Bob"));
            db.artists().rename(id, "ada lovelace");
        }
        try (Database db = Database.open(base)) {
            List<Artist> all = db.artists().findAll();
            assertEquals(List.of("ada lovelace", "bob"), all.stream().map(Artist::name).toList());
            assertEquals(id, db.artists().findByName("Ada LOVELACE").orElseThrow().id());
        }
    }
}

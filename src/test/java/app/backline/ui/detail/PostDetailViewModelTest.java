package app.backline.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.ui.common.Formats;
import app.backline.ui.detail.PostDetailViewModel.Detail;
import app.backline.ui.detail.PostDetailViewModel.Field;
import app.backline.ui.fx.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostDetailViewModelTest {

    private final List<String> opened = new ArrayList<>();
    private final Path dataDir = Path.of("/data/backline");
    private final PostDetailViewModel model = new PostDetailViewModel(
            new Formats(ZoneId.of("Europe/Berlin"), Locale.US), Messages.load(Locale.US), opened::add, dataDir);

    private static Post post(String permalink, List<Media> media) {
        return new Post(7, 2, 3, "ada", Platform.X, "1790000000000000001", permalink, "Tour dates!\n#tour @band",
                MediaType.CAROUSEL, Instant.parse("2024-03-01T12:00:00Z"), Instant.parse("2024-03-02T08:30:00Z"),
                new Metrics(1200L, 34L, null, null),
                new CaptionEntities(List.of("tour"), List.of("band"), List.of("https://t.co/x")),
                Set.of(), null, "en", null, IngestSource.IMPORT, true, false, media);
    }

    @Test
    void describesEveryField() {
        model.postProperty().set(post("https://x.com/ada/status/1", List.of(
                new Media(MediaType.IMAGE, null, "media/x/1.jpg"), new Media(MediaType.VIDEO, "https://v", null))));
        Detail detail = model.detailProperty().get();
        assertEquals("Tour dates!\n#tour @band", detail.caption());
        Map<String, String> facts = detail.facts().stream().collect(Collectors.toMap(Field::label, Field::value));
        assertEquals("Mar 1, 2024, 1:00 PM", facts.get("Posted").replace('\u202f', ' '), "user's zone");
        assertEquals("Reply", facts.get("Kind"));
        assertEquals("Carousel", facts.get("Type"));
        assertEquals("Archive import", facts.get("Came from"));
        assertEquals("1790000000000000001", facts.get("Platform id"));
        assertEquals("en", facts.get("Language"));
        assertEquals("unknown", facts.get("Visibility"));
        assertEquals(null, facts.get("Tags"), "tags have their own section, where they can be corrected");
        assertEquals("post 7, account 3, artist 2", facts.get("Backline ids"));
        assertEquals(List.of("1,200", "34", "not reported", "not reported"),
                detail.metrics().stream().map(Field::value).toList());
        assertEquals(dataDir.resolve("media/x/1.jpg").toString(), detail.media().get(0).localCopy());
        assertFalse(detail.media().get(1).storedOffline());
        assertEquals(List.of("tour"), detail.hashtags());
        assertEquals(List.of("https://t.co/x"), detail.links());
    }

    @Test
    void opensThePermalinkThroughTheInjectedOpener() {
        model.postProperty().set(post("https://x.com/ada/status/1", List.of()));
        model.openPermalink();
        assertEquals(List.of("https://x.com/ada/status/1"), opened);
    }

    @Test
    void nothingToOpenWithoutAPermalinkOrPost() {
        model.postProperty().set(post(" ", List.of()));
        assertNull(model.detailProperty().get().permalink());
        model.openPermalink();
        model.postProperty().set(null);
        model.openPermalink();
        assertNull(model.detailProperty().get());
        assertTrue(opened.isEmpty());
    }
}

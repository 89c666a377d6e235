package app.backline.ui.syncruns;

import static app.backline.testing.AccountStates.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRunStatus;
import app.backline.testing.FakeSyncControl;
import app.backline.testing.MutableClock;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncRunsViewModelTest {

    private static final Instant T = Instant.parse("2026-11-22T09:00:00Z");

    private final MutableClock clock = new MutableClock(T.plus(Duration.ofHours(1)));
    private final FakeSyncControl sync = new FakeSyncControl(clock);
    private final ObservableList<Artist> roster = FXCollections.observableArrayList(
            new Artist(1, "Aurora Vale", 10), new Artist(2, "The Night Owls", 5));
    private SyncRunsViewModel model;

    @BeforeEach
    void setUp() {
        sync.put(account(11, 1, "Aurora Vale", Platform.INSTAGRAM, "aurora.vale").build());
        sync.put(account(12, 1, "Aurora Vale", Platform.YOUTUBE, "AuroraValeMusic").build());
        sync.put(account(21, 2, "The Night Owls", Platform.X, "thenightowls").build());
        sync.record(11, SyncMode.BACKFILL, T, Duration.ofSeconds(185), SyncRunStatus.SUCCEEDED, 240, 0, 9, null);
        sync.record(21, SyncMode.POLL, T.plusSeconds(60), Duration.ofMillis(1234), SyncRunStatus.FAILED, 0, 0, 3,
                "X is not answering right now (HTTP 503)");
        sync.record(12, SyncMode.MANUAL, T.plusSeconds(120), null, SyncRunStatus.RUNNING, 2, 1, 4, null);
        model = new SyncRunsViewModel(sync, TaskRunner.inline(), Messages.load(Locale.US),
                new Formats(ZoneOffset.UTC, Locale.US), roster);
        model.start(FxExecutor.inline());
    }

    private List<Long> shownRuns() {
        return model.rows().stream().map(SyncRunRow::runId).toList();
    }

    @Test
    void rowsAreReadWhenShownNewestFirstWithTheirTexts() {
        assertEquals(List.of(), model.rows(), "nothing is read while the view is closed");
        model.setActive(true);
        assertEquals(List.of(3L, 2L, 1L), shownRuns());
        SyncRunRow running = model.rows().get(0);
        assertEquals("running", running.duration());
        assertEquals("Sync now", running.mode());
        assertEquals("Running", running.statusText());
        SyncRunRow failed = model.rows().get(1);
        assertEquals("The Night Owls", failed.artist());
        assertEquals("@thenightowls", failed.account());
        assertEquals("1.2 s", failed.duration());
        assertEquals("X is not answering right now (HTTP 503)", failed.error());
        SyncRunRow backfill = model.rows().get(2);
        assertEquals("3 min 5 s", backfill.duration());
        assertEquals("Backfill", backfill.mode());
        assertEquals(240, backfill.added());
        assertEquals(9, backfill.requests());
        assertEquals("Nov 22, 2026, 9:00 AM", backfill.started());
    }

    @Test
    void filtersNarrowTheRunsAndTheAccountChoicesFollowTheArtist() {
        model.setActive(true);
        assertEquals(List.of("All artists", "Aurora Vale", "The Night Owls"),
                model.artistChoices().stream().map(FilterChoice::label).toList());
        assertEquals("Instagram @aurora.vale (Aurora Vale)", model.accountChoices().get(1).label());
        model.artistProperty().set(model.artistChoices().get(1));
        assertEquals(List.of(3L, 1L), shownRuns());
        assertEquals(List.of("All accounts", "Instagram @aurora.vale", "YouTube @AuroraValeMusic"),
                model.accountChoices().stream().map(FilterChoice::label).toList());
        model.accountProperty().set(model.accountChoices().get(1));
        assertEquals(List.of(1L), shownRuns());
        model.artistProperty().set(model.artistChoices().get(2));
        assertTrue(model.accountProperty().get().all(), "an account of another artist is not kept");
        assertEquals(List.of(2L), shownRuns());
        model.artistProperty().set(model.artistChoices().get(0));
        model.statusProperty().set(model.statusChoices().stream()
                .filter(c -> c.value() == SyncRunStatus.FAILED).findFirst().orElseThrow());
        assertEquals(List.of(2L), shownRuns());
    }

    @Test
    void aRunEndingReadsTheRunsAgainWhileShown() {
        model.setActive(true);
        sync.holdRuns(true);
        sync.syncNow(21);
        sync.finishRuns();
        assertEquals(4, model.rows().size(), "the new run is listed without pressing F5");
        assertEquals("Succeeded", model.rows().get(0).statusText());
        model.setActive(false);
        sync.syncNow(11);
        assertEquals(4, model.rows().size(), "not read while closed");
        model.refresh();
        assertEquals(5, model.rows().size());
    }

    @Test
    void aRenamedArtistStaysChosen() {
        model.artistProperty().set(model.artistChoices().get(2));
        roster.set(1, new Artist(2, "Night Owls", 5));
        assertEquals("Night Owls", model.artistProperty().get().label());
        assertEquals(2L, model.artistProperty().get().value());
        roster.remove(1);
        assertTrue(model.artistProperty().get().all());
    }
}

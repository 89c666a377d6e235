package app.backline.sync;

import app.backline.domain.PostDraft;
import app.backline.persistence.repository.IngestResult;
import app.backline.platform.PageRequest;
import app.backline.platform.PostPage;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages through an account's posts, newest first, writing each page in its own transaction.
 *
 * <p>Backfill: from the saved cursor (or the top) until the last page or a page reaching past the
 * window; after each committed page the next cursor is saved, so a crash or shutdown fetches at most
 * that one page again. Poll: from the top until a page reaches the newest stored post (X also passes
 * it as {@code since_id}); the new newest post is saved only when the poll got that far, so a poll cut
 * off half-way starts again from the top and misses nothing.
 */
final class PostPaging {

    private static final Logger LOG = LoggerFactory.getLogger(PostPaging.class);

    private final RunContext run;

    PostPaging(RunContext run) {
        this.run = run;
    }

    void backfill() {
        Instant windowStart = run.clock().instant().minus(Duration.ofDays(run.backfillDays()));
        String cursor = run.account().backfillCursor();
        boolean fresh = cursor == null;
        int pages = 0;
        while (true) {
            run.progress().checkCancelled();
            PostPage page = run.client().posts(run.connection(),
                    new PageRequest(cursor, windowStart, null, run.settings().pageSize()));
            write(page.posts().stream().filter(p -> !p.postedAt().isBefore(windowStart)).toList(), page);
            boolean done = page.last() || page.posts().isEmpty() || oldest(page).isBefore(windowStart)
                    || page.nextCursor().equals(cursor);
            Optional<PostDraft> newest = fresh && pages == 0 ? newest(page.posts()) : Optional.empty();
            run.store().accounts().saveBackfill(run.accountId(), done ? null : page.nextCursor(), done,
                    newest.map(PostDraft::externalPostId).orElse(null), newest.map(PostDraft::postedAt).orElse(null));
            pages++;
            run.activity().accept("Backfill: " + run.tally().added() + " posts so far");
            if (done) {
                return;
            }
            cursor = page.nextCursor();
        }
    }

    void poll() {
        Instant boundary = run.account().newestPostAt() != null ? run.account().newestPostAt()
                : run.clock().instant().minus(Duration.ofDays(run.backfillDays()));
        String newestId = run.account().newestPostId();
        Optional<PostDraft> newest = Optional.empty();
        String cursor = null;
        run.activity().accept("Checking for new posts");
        while (true) {
            run.progress().checkCancelled();
            int size = cursor == null ? run.settings().pollPageSize() : run.settings().pageSize();
            PostPage page = run.client().posts(run.connection(), new PageRequest(cursor, boundary, newestId, size));
            write(page.posts(), page);
            newest = newer(newest, newest(page.posts()));
            boolean reached = page.posts().stream().anyMatch(p -> !p.postedAt().isAfter(boundary)
                    || Objects.equals(p.externalPostId(), newestId));
            if (page.last() || page.posts().isEmpty() || reached || page.nextCursor().equals(cursor)) {
                break;
            }
            cursor = page.nextCursor();
        }
        if (newest.isPresent() && (run.account().newestPostAt() == null
                || newest.get().postedAt().isAfter(run.account().newestPostAt()))) {
            run.store().accounts().saveNewest(run.accountId(), newest.get().externalPostId(), newest.get().postedAt());
        }
    }

    private void write(List<PostDraft> drafts, PostPage page) {
        if (!page.skipped().isEmpty()) {
            LOG.info("Account {}: the platform left out {} posts of a page ({})", run.accountId(),
                    page.skipped().size(), page.skipped().get(0));
        }
        if (drafts.isEmpty()) {
            return;
        }
        IngestResult result = run.store().posts().writePage(run.accountId(), run.enricher().enrich(drafts),
                run.settings().ladder(), run.clock().instant());
        run.tally().add(result.added(), result.updated());
    }

    private static Instant oldest(PostPage page) {
        return page.posts().stream().map(PostDraft::postedAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Optional<PostDraft> newest(List<PostDraft> posts) {
        return posts.stream().filter(p -> p.externalPostId() != null).max(Comparator.comparing(PostDraft::postedAt));
    }

    private static Optional<PostDraft> newer(Optional<PostDraft> a, Optional<PostDraft> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().postedAt().isAfter(a.get().postedAt()) ? b : a;
    }
}

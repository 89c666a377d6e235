package app.backline.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.persistence.repository.IngestBatch;
import app.backline.testing.Drafts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Chunks come back prepared, in order, each post prepared once, the next chunk prepared while one is written. */
class PreparedChunksTest {

    private static List<PostDraft> drafts(int n) {
        List<PostDraft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Drafts.post(Platform.X, String.valueOf(i), "caption " + i, Instant.EPOCH.plusSeconds(i)));
        }
        return out;
    }

    @Test
    void everyPostIsPreparedOnceAndTheChunksKeepTheirOrder() {
        List<PostDraft> drafts = drafts(23);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> prepared = new ArrayList<>();
        PreparedChunks chunks = new PreparedChunks(drafts, 5, d -> {
            assertThat(seen.add(d.externalPostId())).as("prepared once: " + d.externalPostId()).isTrue();
            return d.withEnrichment(Set.of(), "summary of " + d.externalPostId());
        });
        for (int from = 0; from < drafts.size(); from += 5) {
            chunks.take(from).forEach(d -> prepared.add(d.summary()));
        }
        assertThat(prepared).hasSize(23).first().isEqualTo("summary of 0");
        assertThat(prepared).last().isEqualTo("summary of 22");
        assertThat(seen).hasSize(23);
    }

    @Test
    void theNextChunkIsPreparedWhileTheCurrentOneIsInTheWritersHands() throws InterruptedException {
        List<PostDraft> drafts = drafts(10);
        CountDownLatch secondChunkStarted = new CountDownLatch(1);
        PreparedChunks chunks = new PreparedChunks(drafts, 5, d -> {
            if (Integer.parseInt(d.externalPostId()) >= 5) {
                secondChunkStarted.countDown();
            }
            return d;
        });
        chunks.take(0);
        // the writer has chunk 0 and has not asked for chunk 1: it is being prepared anyway
        assertThat(secondChunkStarted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(chunks.take(5)).hasSize(5);
        chunks.cancel();
    }

    @Test
    void aFailureWhilePreparingReachesTheWriterAsItself() {
        PreparedChunks chunks = new PreparedChunks(drafts(10), 5, d -> {
            if (d.externalPostId().equals("7")) {
                throw new IllegalStateException("bad caption 7");
            }
            return d;
        });
        chunks.take(0);
        assertThatThrownBy(() -> chunks.take(5)).isInstanceOf(IllegalStateException.class)
                .hasMessage("bad caption 7");
    }

    @Test
    void readyPostsAreHandedOverAsTheyAre() {
        List<PostDraft> drafts = drafts(3);
        assertThat(new PreparedChunks(drafts, 5, IngestBatch.READY).take(0)).containsExactlyElementsOf(drafts);
    }
}

package app.backline.persistence.entity;

import app.backline.domain.ConnectionState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The live-sync columns of {@code social_account} (V6): sealed tokens, per-account settings and sync
 * progress. Archive-only accounts leave them at their defaults. Never printed: no toString.
 */
@Embeddable
public class LiveSyncColumns {

    @Column(name = "access_token_sealed", length = 4000)
    String accessTokenSealed;

    @Column(name = "refresh_token_sealed", length = 4000)
    String refreshTokenSealed;

    @Column(name = "token_hint", length = 8)
    String tokenHint;

    @Column(name = "token_expires_at")
    Instant tokenExpiresAt;

    @Column(name = "api_variant", length = 32)
    String variant;

    @Column(name = "backfill_days")
    Integer backfillDays;

    @Column(name = "poll_interval_s")
    Integer pollIntervalSeconds;

    @Column(name = "paused", nullable = false)
    boolean paused;

    @Column(name = "next_sync_at")
    Instant nextSyncAt;

    @Column(name = "backfill_cursor", length = 2000)
    String backfillCursor;

    @Column(name = "backfill_complete", nullable = false)
    boolean backfillComplete;

    @Column(name = "newest_post_id", length = 128)
    String newestPostId;

    @Column(name = "newest_post_at")
    Instant newestPostAt;

    @Column(name = "consecutive_failures", nullable = false)
    int consecutiveFailures;

    @Column(name = "last_notice_at")
    Instant lastNoticeAt;

    @Column(name = "state_changed_at")
    Instant stateChangedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_state", length = 16)
    ConnectionState previousState;
}

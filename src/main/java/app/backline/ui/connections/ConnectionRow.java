package app.backline.ui.connections;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;

/**
 * One account as its row in the Connections panel shows it, every text ready to show ({@code ""} when
 * there is nothing to say).
 *
 * @param name          "@mila", or the LinkedIn name, or the platform's name when no handle is known
 * @param stateText     the badge: "Up to date", "Disconnected", "Imported archive"…
 * @param activity      what a running sync does ("Backfill: 240 posts so far")
 * @param lastSynced    "Last synced 5 min ago"
 * @param nextSync      "Next sync in 4 min" or "Paused"
 * @param error         the last failure in plain words (ERROR and DISCONNECTED)
 * @param reconnectHint how to reconnect a DISCONNECTED account
 * @param note          a standing remark of the engine, e.g. YouTube quota pacing
 * @param token         "Token …wxyz"
 */
public record ConnectionRow(long accountId, Platform platform, String name, ConnectionState state,
                            boolean archiveOnly, boolean running, boolean paused, String stateText,
                            String activity, String lastSynced, String nextSync, String error,
                            String reconnectHint, String note, String token) {

    /** "Sync now" applies: a live account that is not running and still has a token the platform accepts. */
    public boolean canSync() {
        return !archiveOnly && !running && state != ConnectionState.DISCONNECTED;
    }

    /** "Pause"/"Resume" applies to live accounts the engine still polls. */
    public boolean canPause() {
        return !archiveOnly && state != ConnectionState.DISCONNECTED;
    }

    /** Live accounts can be removed (their posts stay); archive-only ones are the roster's business. */
    public boolean canRemove() {
        return !archiveOnly;
    }

    /** Needs a person: failing or disconnected. */
    public boolean needsAttention() {
        return !archiveOnly && (state == ConnectionState.ERROR || state == ConnectionState.DISCONNECTED);
    }
}

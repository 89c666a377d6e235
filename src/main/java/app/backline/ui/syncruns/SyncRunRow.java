package app.backline.ui.syncruns;

import app.backline.domain.Platform;
import app.backline.domain.SyncRunStatus;

/**
 * One sync run as the table shows it; texts ready to show.
 *
 * @param account  "@mila"
 * @param started  in the user's zone, e.g. "Nov 22, 2026, 9:05 AM"
 * @param duration "1.2 s", "3 min 5 s", or "running" while RUNNING
 * @param error    the plain-words reason of a failed or interrupted run, else ""
 */
public record SyncRunRow(long runId, String artist, String account, Platform platform, String mode, String started,
                         String duration, SyncRunStatus status, String statusText, int added, int updated,
                         int requests, String error) {
}

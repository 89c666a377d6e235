package app.backline.domain;

import java.time.Instant;

/** Rules for post identities that the platforms do not hand out themselves. */
public final class ExternalIds {

    private ExternalIds() {
    }

    /**
     * Identity of an archive post that has no platform id (Instagram exports): the account and the
     * posting time to the second, so that a re-import finds the same row and a later API sync of the
     * same account can match it by posting time. Shape: {@code archive:<accountId>:<epochSeconds>}.
     */
    public static String archiveDerived(long accountId, Instant postedAt) {
        return "archive:" + accountId + ":" + postedAt.getEpochSecond();
    }

    /** True for ids made by {@link #archiveDerived}. */
    public static boolean isArchiveDerived(String externalPostId) {
        return externalPostId != null && externalPostId.startsWith("archive:");
    }
}

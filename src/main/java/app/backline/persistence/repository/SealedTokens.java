package app.backline.persistence.repository;

/**
 * An account's tokens as stored: {@code TokenVault} output, never clear text. {@link #toString()} shows
 * neither, so they stay out of logs even sealed.
 *
 * @param access  sealed access token, {@code null} for archive-only accounts
 * @param refresh sealed refresh token, {@code null} when the platform gave none
 */
public record SealedTokens(String access, String refresh) {

    /** The associated data an account's access token is sealed with. */
    public static String accessContext(long accountId) {
        return "account:" + accountId + ":access";
    }

    /** The associated data an account's refresh token is sealed with. */
    public static String refreshContext(long accountId) {
        return "account:" + accountId + ":refresh";
    }

    @Override
    public String toString() {
        return "SealedTokens[access=" + (access == null ? "none" : "sealed")
                + ", refresh=" + (refresh == null ? "none" : "sealed") + "]";
    }
}

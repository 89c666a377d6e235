package app.backline.domain;

/**
 * An artist on the label's roster.
 *
 * @param postCount posts stored for this artist, over all accounts
 */
public record Artist(long id, String name, long postCount) {
}

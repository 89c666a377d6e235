package app.backline.domain;

/**
 * One media item of a post.
 *
 * @param type      IMAGE, VIDEO or GIF
 * @param remoteUrl where the platform serves it, {@code null} when unknown (archives often omit it)
 * @param localPath path relative to the data directory of the copy Backline keeps for offline browsing,
 *                  {@code null} when there is none (the feed then shows a placeholder)
 */
public record Media(MediaType type, String remoteUrl, String localPath) {
}

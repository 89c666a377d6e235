package app.backline.domain;

/**
 * Who an archive or a connection belongs to on a platform, as far as the source says.
 * Any field but {@code platform} may be {@code null}.
 */
public record AccountIdentity(Platform platform, String externalUserId, String handle, String profileUrl) {
}

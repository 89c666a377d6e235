package app.backline.accounts;

import app.backline.common.UserFacingException;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.platform.AccessToken;
import app.backline.roster.RosterService;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a manual connection before it is stored and normalises it: handle without '@' (read from the
 * profile URL when none is given), a user id where the platform cannot find it by itself, a known variant.
 * Messages never contain the token.
 */
final class ConnectionCheck {

    static final int MAX_USER_ID = 64;
    static final int MAX_HANDLE = 120;
    static final int MAX_URL = 500;
    static final int MAX_TOKEN = 2000;

    private ConnectionCheck() {
    }

    /** @throws UserFacingException with one plain-words line */
    static NewLiveAccount check(AccountRequest r) {
        String token = token(r.accessToken());
        String variant = variant(r.platform(), r.variant());
        String userId = trimmed(r.externalUserId(), MAX_USER_ID, "The user id");
        if (userId == null && needsUserId(r.platform(), variant)) {
            throw new UserFacingException(r.platform() == Platform.LINKEDIN
                    ? "LinkedIn needs the author's URN as user id (urn:li:person:… or urn:li:organization:…)"
                    : "Instagram accounts connected through Facebook Login need the Instagram user id");
        }
        String url = profileUrl(r.profileUrl());
        String handle = handle(r.handle() != null ? r.handle() : handleFromUrl(url));
        ArtistRef artist = r.artist().name() == null ? r.artist()
                : ArtistRef.byName(RosterService.validName(r.artist().name()));
        if (r.backfillDays() != null && (r.backfillDays() < 1 || r.backfillDays() > 365)) {
            throw new UserFacingException("Backfill days must be between 1 and 365, not " + r.backfillDays());
        }
        return new NewLiveAccount(artist, r.platform(), ConnectionType.MANUAL, userId, handle, url, variant,
                AccessToken.masked(token), r.backfillDays());
    }

    /** The pasted token, stripped; one line of visible characters. */
    static String token(String pasted) {
        String token = pasted == null ? "" : pasted.strip();
        if (token.isEmpty()) {
            throw new UserFacingException("The access token is empty: paste the token the platform gave you");
        }
        if (token.length() > MAX_TOKEN || token.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
            throw new UserFacingException("That does not look like an access token (it has spaces or line breaks, "
                    + "or is longer than " + MAX_TOKEN + " characters): paste the token alone");
        }
        return token;
    }

    private static boolean needsUserId(Platform platform, String variant) {
        return platform == Platform.LINKEDIN || (platform == Platform.INSTAGRAM && "facebook".equals(variant));
    }

    private static String variant(Platform platform, String variant) {
        String v = variant == null ? "" : variant.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || (platform == Platform.INSTAGRAM && v.equals("instagram"))) {
            return null;
        }
        if (platform == Platform.INSTAGRAM && v.equals("facebook")) {
            return v;
        }
        throw new UserFacingException(platform == Platform.INSTAGRAM
                ? "Unknown Instagram variant '" + variant.strip() + "': use facebook or instagram"
                : "A variant applies only to Instagram accounts");
    }

    private static String handle(String raw) {
        String h = trimmed(raw, MAX_HANDLE, "The handle");
        while (h != null && h.startsWith("@")) {
            h = h.substring(1);
        }
        return h == null || h.isEmpty() ? null : h;
    }

    private static String profileUrl(String raw) {
        String url = trimmed(raw, MAX_URL, "The profile address");
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "not a web address");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UserFacingException("The profile address is not a web address: " + url, e);
        }
    }

    /** The last path segment of a profile address ({@code /@mila}, {@code /in/mila/}), without '@'. */
    static String handleFromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = URI.create(url).getPath();
        if (path == null) {
            return null;
        }
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank()) {
                return parts[i];
            }
        }
        return null;
    }

    private static String trimmed(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new UserFacingException(what + " is longer than " + max + " characters");
        }
        return v;
    }
}

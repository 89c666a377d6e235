package app.backline.ui.connections;

import app.backline.domain.Platform;
import app.backline.ui.fx.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of the Add account form, field by field: a problem in plain words, or {@code ""} when the
 * text is fine or still empty (nobody is scolded before typing).
 */
final class AccountFields {

    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,30}");
    private static final Pattern YOUTUBE_CHANNEL = Pattern.compile("UC[A-Za-z0-9_-]{22}");
    private static final Pattern LINKEDIN_URN = Pattern.compile("urn:li:(person|organization):[A-Za-z0-9_-]+");
    /** Shorter than any access token the five platforms issue. */
    static final int MIN_TOKEN_LENGTH = 20;

    private final Messages messages;

    AccountFields(Messages messages) {
        this.messages = messages;
    }

    /** Instagram and LinkedIn list posts by user id and cannot always learn it from the token. */
    static boolean userIdRequired(Platform platform) {
        return platform == Platform.INSTAGRAM || platform == Platform.LINKEDIN;
    }

    static boolean isAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.contains("/");
    }

    /** The handle without a leading "@". */
    static String handle(String text) {
        String t = text.strip();
        return t.startsWith("@") ? t.substring(1) : t;
    }

    String profileProblem(Platform platform, String text) {
        if (text == null || text.isBlank() || platform == null) {
            return "";
        }
        if (isAddress(text)) {
            return onPlatform(platform, text) ? ""
                    : messages.format("accounts.problem.profile.address", platform.displayName());
        }
        return HANDLE.matcher(handle(text)).matches() ? "" : messages.text("accounts.problem.profile.handle");
    }

    String userIdProblem(Platform platform, String text) {
        if (text == null || text.isBlank() || platform == null) {
            return "";
        }
        String id = text.strip();
        return switch (platform) {
            case INSTAGRAM, X -> DIGITS.matcher(id).matches() ? ""
                    : messages.format("accounts.problem.userId.number", platform.displayName());
            case YOUTUBE -> YOUTUBE_CHANNEL.matcher(id).matches() ? "" : messages.text("accounts.problem.userId.youtube");
            case LINKEDIN -> LINKEDIN_URN.matcher(id).matches() ? "" : messages.text("accounts.problem.userId.linkedin");
            case TIKTOK -> "";
        };
    }

    String tokenProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String token = text.strip();
        if (token.chars().anyMatch(Character::isWhitespace)) {
            return messages.text("accounts.problem.token.spaces");
        }
        return token.length() < MIN_TOKEN_LENGTH ? messages.text("accounts.problem.token.short") : "";
    }

    private static boolean onPlatform(Platform platform, String text) {
        String address = text.strip();
        if (!address.toLowerCase(Locale.ROOT).startsWith("http")) {
            address = "https://" + address;
        }
        try {
            String host = new URI(address).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile)\\.", "");
            return switch (platform) {
                case INSTAGRAM -> host.equals("instagram.com");
                case TIKTOK -> host.equals("tiktok.com");
                case YOUTUBE -> host.equals("youtube.com");
                case X -> host.equals("x.com") || host.equals("twitter.com");
                case LINKEDIN -> host.equals("linkedin.com");
            };
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

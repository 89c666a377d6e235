package app.backline.ui.common;

import app.backline.domain.Platform;

/** How an account is named on screen: "@mila" where the platform uses handles, LinkedIn names as they are. */
public final class AccountNames {

    private AccountNames() {
    }

    /** "@mila"; the LinkedIn name without "@"; {@code fallback} when no handle is known. */
    public static String of(Platform platform, String handle, String fallback) {
        if (handle == null || handle.isBlank()) {
            return fallback;
        }
        return platform == Platform.LINKEDIN ? handle : "@" + handle;
    }

    /** "@mila", or the platform's name when no handle is known. */
    public static String of(Platform platform, String handle) {
        return of(platform, handle, platform.displayName());
    }
}

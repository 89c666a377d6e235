package app.backline.ui.feed;

/** The short form of a caption in a feed card: at most a few lines and characters, cut between words. */
public final class CaptionPreview {

    static final int MAX_CHARS = 220;
    static final int MAX_LINES = 3;

    private CaptionPreview() {
    }

    /** Whether the card needs a "more" link for this caption. */
    public static boolean isLong(String caption) {
        return caption.length() > MAX_CHARS || lineCount(caption) > MAX_LINES;
    }

    /** The caption itself when short, else its beginning ending in an ellipsis. */
    public static String of(String caption) {
        if (!isLong(caption)) {
            return caption;
        }
        String head = firstLines(caption);
        if (head.length() > MAX_CHARS) {
            int cut = head.lastIndexOf(' ', MAX_CHARS);
            head = head.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
        }
        return head.stripTrailing() + "…";
    }

    private static String firstLines(String caption) {
        int end = -1;
        for (int line = 0; line < MAX_LINES; line++) {
            end = caption.indexOf('\n', end + 1);
            if (end < 0) {
                return caption;
            }
        }
        return caption.substring(0, end);
    }

    private static int lineCount(String caption) {
        return (int) caption.chars().filter(c -> c == '\n').count() + 1;
    }
}

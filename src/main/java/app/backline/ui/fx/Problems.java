package app.backline.ui.fx;

import app.backline.common.CancelledException;
import app.backline.common.UserFacingException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure from background work into one plain-words line, logging the unexpected ones once. */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** The user-facing cause, if the failure is (or wraps) one. */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    public static boolean isCancelled(Throwable failure) {
        return unwrap(failure) instanceof CancelledException;
    }

    /** The message of a {@link UserFacingException}; otherwise a generic line, and the stack trace goes to the log. */
    public static String userText(Throwable failure, Messages messages) {
        Throwable cause = unwrap(failure);
        if (cause instanceof UserFacingException) {
            return cause.getMessage();
        }
        LOG.error("Unexpected failure", cause);
        return messages.format("problem.unexpected", String.valueOf(cause.getMessage()));
    }
}

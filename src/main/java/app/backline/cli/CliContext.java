package app.backline.cli;

import app.backline.common.UserFacingException;
import app.backline.domain.Artist;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the commands of one {@link BacklineCli#run} share: the output streams and the session,
 * opened on first use with the global {@code --data-dir} and {@code --store} and closed at the end of the run.
 */
final class CliContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CliContext.class);

    private final CliSessionOpener opener;
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private String dataDirOption;
    private String storeOption;
    private CliSession session;

    CliContext(CliSessionOpener opener, Reader in, PrintWriter out, PrintWriter err) {
        this.opener = opener;
        this.in = new BufferedReader(in);
        this.out = out;
        this.err = err;
    }

    /** Standard input: secrets such as access tokens, which never go on the command line. */
    BufferedReader in() {
        return in;
    }

    /** Standard output: the command's result (data or human-readable lines). */
    PrintWriter out() {
        return out;
    }

    /** Standard error: error lines and summaries that must not mix with data. */
    PrintWriter err() {
        return err;
    }

    void dataDirOption(String value) {
        this.dataDirOption = value;
    }

    void storeOption(String value) {
        this.storeOption = value;
    }

    /** The session, opened on the first call. */
    CliSession session() {
        if (session == null) {
            session = opener.open(dataDirOption, storeOption);
            session.notices().forEach(notice -> err.println("backline: " + notice));
        }
        return session;
    }

    /** @throws UserFacingException naming the artist when there is none of that name */
    Artist requireArtist(String name) {
        return session().roster().findByName(name)
                .orElseThrow(() -> new UserFacingException(
                        "No artist called \"" + name.strip() + "\" (see 'backline artists list')"));
    }

    /** Closes the session; says so on stderr first when closing tidies the store, which takes seconds. */
    @Override
    public void close() {
        if (session != null) {
            try {
                session.tidyOnClose().ifPresent(d -> {
                    err.println("backline: tidying the store before exit (about " + d.toSeconds() + " s)…");
                    err.flush();
                });
                session.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the CLI session failed", e);
            }
            session = null;
        }
    }
}

package app.backline.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until one of two limits: the file's own cap (its declared size or the caller's
 * maximum) and the archive's shared {@link ReadBudget}. Crossing either throws
 * {@link ArchiveRejectedException}; reading stops before the excess is used.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long cap;
    private final ReadBudget budget;
    private final String tooMuchMessage;
    private long count;

    BoundedInputStream(InputStream in, long cap, ReadBudget budget, String tooMuchMessage) {
        super(in);
        this.cap = cap;
        this.budget = budget;
        this.tooMuchMessage = tooMuchMessage;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            account(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            account(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void account(long n) {
        count += n;
        if (count > cap) {
            throw new ArchiveRejectedException(tooMuchMessage);
        }
        budget.consume(n);
    }
}

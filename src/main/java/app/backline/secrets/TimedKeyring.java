package app.backline.secrets;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds every call to a keyring by a timeout: a D-Bus Secret Service can hang (a locked collection waiting
 * for an unlock prompt nobody answers). A call that times out is abandoned on its daemon thread.
 */
final class TimedKeyring implements OsKeyring {

    private final OsKeyring keyring;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "os-keyring");
        thread.setDaemon(true);
        return thread;
    });

    TimedKeyring(OsKeyring keyring, Duration timeout) {
        this.keyring = keyring;
        this.timeout = timeout;
    }

    @Override
    public Optional<String> read(String entry) {
        return call(() -> keyring.read(entry));
    }

    @Override
    public void write(String entry, String secret) {
        call(() -> {
            keyring.write(entry, secret);
            return null;
        });
    }

    @Override
    public void delete(String entry) {
        try {
            call(() -> {
                keyring.delete(entry);
                return null;
            });
        } catch (KeyringUnavailableException ignored) {
            // an entry left behind holds a key nothing uses
        }
    }

    @Override
    public String describe() {
        return keyring.describe();
    }

    private <T> T call(Callable<T> work) {
        Future<T> result = calls.submit(work);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new KeyringUnavailableException("the " + describe() + " did not answer within "
                    + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KeyringUnavailableException unavailable) {
                throw unavailable;
            }
            throw new KeyringUnavailableException("the " + describe() + " failed ("
                    + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringUnavailableException("the " + describe() + " call was interrupted");
        }
    }
}

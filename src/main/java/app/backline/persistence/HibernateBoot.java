package app.backline.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hibernate's bootstrap (2–3 s) on a thread of its own, started by the first caller that needs it, and a
 * {@link SessionFactory} that stands for the factory being built: each call starts the build if need be,
 * waits for it, then goes to the real factory. The repositories are made with that stand-in at once, so the
 * store opens without waiting for Hibernate; only calls that need it wait (never the roster, read by JDBC).
 * Callers are off the FX thread, as every store call is.
 */
final class HibernateBoot {

    private static final Logger LOG = LoggerFactory.getLogger(HibernateBoot.class);

    private final Supplier<SessionFactory> build;
    private final CompletableFuture<SessionFactory> built = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final SessionFactory sessions;

    /**
     * @param build builds the factory; it throws the plain-words reason the store cannot be used (then every
     *              call of {@link #sessions()} throws that reason, and its {@code close()} does nothing)
     */
    HibernateBoot(Supplier<SessionFactory> build) {
        this.build = build;
        this.sessions = (SessionFactory) Proxy.newProxyInstance(SessionFactory.class.getClassLoader(),
                new Class<?>[] {SessionFactory.class}, (proxy, method, args) -> call(proxy, method, args));
    }

    /** Starts the build unless it has started; returns at once. */
    void start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::run, "backline-hibernate-boot");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Completes with the factory once built (started or not), or exceptionally with the reason it cannot be. */
    CompletableFuture<SessionFactory> built() {
        return built;
    }

    /** The stand-in for the factory. */
    SessionFactory sessions() {
        return sessions;
    }

    private void run() {
        long start = System.nanoTime();
        try {
            built.complete(build.get());
            LOG.info("Hibernate ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            built.completeExceptionally(e);
        }
    }

    private Object call(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return args.length == 1 && proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "SessionFactory " + (built.isDone() ? "built" : started.get() ? "being built" : "not built");
            case "close":
                if (!started.get() || built.isCompletedExceptionally()) {
                    return null; // nothing was built: nothing to close
                }
                break;
            default:
                break;
        }
        start();
        try {
            return method.invoke(await(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private SessionFactory await() {
        try {
            return built.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}

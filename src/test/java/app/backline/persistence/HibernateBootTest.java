package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The stand-in factory: built once, by the first call that needs it, and a failed build is every call's answer. */
class HibernateBootTest {

    private final AtomicInteger builds = new AtomicInteger();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    /** A factory that records the methods called on it. */
    private SessionFactory recording() {
        builds.incrementAndGet();
        return (SessionFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionFactory.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getName().equals("isOpen") ? Boolean.TRUE : null;
                });
    }

    @Test
    void nothingIsBuiltUntilACallNeedsItThenOnce() {
        HibernateBoot boot = new HibernateBoot(this::recording);
        SessionFactory sessions = boot.sessions();
        assertEquals(0, builds.get());
        assertTrue(sessions.isOpen());
        assertTrue(sessions.isOpen());
        assertEquals(1, builds.get());
        assertEquals(List.of("isOpen", "isOpen"), calls);
        assertSame(sessions, sessions, "the stand-in is one object");
    }

    @Test
    void closingWhatWasNeverBuiltBuildsNothing() {
        HibernateBoot boot = new HibernateBoot(this::recording);
        boot.sessions().close();
        assertEquals(0, builds.get());
    }

    @Test
    void closingWhatWasBuiltClosesIt() {
        HibernateBoot boot = new HibernateBoot(this::recording);
        boot.start();
        boot.sessions().close();
        assertEquals(List.of("close"), calls);
    }

    @Test
    void aFailedBuildIsTheAnswerToEveryCallAndClosingStaysQuiet() {
        HibernateBoot boot = new HibernateBoot(() -> {
            throw new UserFacingException("The store is damaged");
        });
        SessionFactory sessions = boot.sessions();
        assertEquals("The store is damaged", assertThrows(UserFacingException.class, sessions::isOpen).getMessage());
        assertEquals("The store is damaged", assertThrows(UserFacingException.class, sessions::isOpen).getMessage());
        assertTrue(boot.built().isCompletedExceptionally());
        sessions.close();
    }
}

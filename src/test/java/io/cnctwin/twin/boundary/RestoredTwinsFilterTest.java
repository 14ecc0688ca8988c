package io.cnctwin.twin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A request for the twins passes once they are restored; while a restore outlasts the wait it gets the 503 problem
 * (built as every problem answer is; a unit test has no JAX-RS runtime to build it).
 */
class RestoredTwinsFilterTest {

    RestoredTwinsFilter cut = new RestoredTwinsFilter();
    RestoreProgress progress = new RestoreProgress();
    AtomicReference<Response> aborted = new AtomicReference<>();
    ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("abortWith")) {
                    aborted.set((Response) args[0]);
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    AtomicReference<RestoreProgress.State> answeredFor = new AtomicReference<>();

    {
        cut.progress = progress;
        cut.unavailable = state -> {
            answeredFor.set(state);
            return null;
        };
    }

    @Test
    void restoredTwinsLetTheRequestThrough() {
        progress.begin(2);
        progress.finished();
        cut.filter(request);
        assertNull(aborted.get());
        assertNull(answeredFor.get());
    }

    @Test
    void aRestoreThatEndsWithinTheWaitIsNotNoticed() {
        progress.begin(2);
        new Thread(() -> {
            sleep(100);
            progress.finished();
        }).start();
        cut.filter(request);
        assertNull(aborted.get());
        assertNull(answeredFor.get());
    }

    @Test
    void aLongRestoreGetsA503ThatSaysHowFarItIsAndWhenToComeBack() {
        progress.begin(1200);
        for (int i = 0; i < 340; i++) {
            progress.machineRestored();
        }
        long started = System.nanoTime();
        cut.filter(request);
        assertTrue(System.nanoTime() - started >= RestoredTwinsFilter.WAIT.toNanos(), "held for the wait first");
        assertEquals(340, answeredFor.get().machinesRestored());
        assertEquals("The twins are being restored from the database (340 of 1200 machines); try again in 5 s",
                RestoredTwinsFilter.detail(progress.state()));
    }

    @Test
    void theProblemNamesFailedAttempts() {
        progress.begin(10);
        progress.failed(new IllegalStateException("no database"));
        assertEquals("The twins are being restored from the database (0 of 10 machines; 1 attempt(s) failed, the last:"
                + " IllegalStateException); try again in 5 s", RestoredTwinsFilter.detail(progress.state()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

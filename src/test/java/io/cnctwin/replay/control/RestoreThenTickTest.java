package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replay ticks only once the twins are restored; a failed restore is tried again; a stop ends both. */
class RestoreThenTickTest {

    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger ticks = new AtomicInteger();
    AtomicInteger ticksBeforeRestored = new AtomicInteger();
    volatile boolean restored;

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    RestoreThenTick failingFirst(int failures) {
        return new RestoreThenTick(scheduler, () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("the database does not answer");
            }
            restored = true;
        }, () -> {
            ticks.incrementAndGet();
            if (!restored) {
                ticksBeforeRestored.incrementAndGet();
            }
        }, Duration.ofMillis(10), Duration.ofMillis(50));
    }

    @Test
    void ticksBeginOnceTheTwinsAreRestored() throws Exception {
        RestoreThenTick cut = failingFirst(0);
        cut.start();
        waitFor(() -> ticks.get() >= 3);
        assertEquals(1, attempts.get());
        assertEquals(0, ticksBeforeRestored.get());
        assertTrue(cut.ticking());
        cut.stop();
        assertFalse(cut.ticking());
    }

    @Test
    void aFailedRestoreIsTriedAgainAndNothingTicksMeanwhile() throws Exception {
        RestoreThenTick cut = failingFirst(2);
        cut.start();
        waitFor(() -> ticks.get() >= 1);
        assertEquals(3, attempts.get());
        assertEquals(0, ticksBeforeRestored.get());
        cut.stop();
    }

    @Test
    void aStopWhileTheDatabaseFailsEndsTheAttempts() throws Exception {
        RestoreThenTick cut = failingFirst(Integer.MAX_VALUE);
        cut.start();
        waitFor(() -> attempts.get() >= 2);
        cut.stop();
        int after = attempts.get();
        Thread.sleep(200);
        assertTrue(attempts.get() <= after + 1, "at most the attempt under way: " + attempts.get() + " vs " + after);
        assertEquals(0, ticks.get());
        assertFalse(cut.ticking());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(5);
        }
    }
}

package io.cnctwin.twin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The twins are unrestored from start until a restore finishes, and again while a takeover rebuilds them. */
class RestoreProgressTest {

    RestoreProgress cut = new RestoreProgress();

    @Test
    void fromStartTheTwinsAreNotRestoredAndWaitingForThemTimesOut() {
        assertTrue(cut.restoring());
        assertTrue(cut.state().restoring());
        assertFalse(cut.awaited(Duration.ofMillis(20)));
    }

    @Test
    void aFinishedRestoreCountsItsMachinesAndReleasesWhoWaits() throws Exception {
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> cut.awaited(Duration.ofSeconds(10)));
        cut.begin(3);
        cut.machineRestored();
        cut.machineRestored();
        assertEquals(new RestoreProgress.State(true, 3, 2, 0, null), cut.state());
        assertFalse(waiting.isDone());
        cut.machineRestored();
        cut.finished();
        assertTrue(waiting.get(5, TimeUnit.SECONDS));
        assertFalse(cut.restoring());
        assertEquals(new RestoreProgress.State(false, 3, 3, 0, null), cut.state());
        cut.awaited(); // returns at once
    }

    @Test
    void aTakeoverMakesThemUnrestoredAgainUntilItFinishes() {
        cut.begin(1);
        cut.finished();
        cut.begin(0);
        assertTrue(cut.restoring());
        assertFalse(cut.awaited(Duration.ofMillis(20)));
        cut.begin(5);
        cut.finished();
        assertTrue(cut.awaited(Duration.ZERO));
    }

    @Test
    void aFailedAttemptKeepsThemUnrestoredAndNamesOnlyTheFailuresKind() {
        cut.begin(4);
        cut.failed(new IllegalStateException(new SQLException("Connection to db-7.plant.local:5432 refused")));
        cut.failed(new IllegalStateException("again"));
        assertTrue(cut.restoring());
        assertEquals(2, cut.state().failedAttempts());
        assertEquals("IllegalStateException", cut.state().lastFailure());
        cut.begin(4);
        cut.finished();
        assertFalse(cut.restoring());
    }

    @Test
    void whateverWaitsWhenTheApplicationStopsFailsInsteadOfWaitingForever() {
        cut.abandoned();
        assertThrows(RuntimeException.class, cut::awaited);
    }
}

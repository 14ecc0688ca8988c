package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.replay.entity.ReplayPosition;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Pause, speed and source as an operator or the previous leader set them. */
class ReplayControlsTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 6, 0, 0);

    ReplayControls cut = new ReplayControls(false, 5, "classpath:data/a.csv", location -> 100);

    @Test
    void speedBelowOneRowIsRefusedAndChangesNothing() {
        InvalidTwinRequest refused = assertThrows(InvalidTwinRequest.class, () -> cut.speed(0));
        assertEquals("rows per tick must be at least 1", refused.getMessage());
        assertEquals(5, cut.rowsPerTick());
    }

    @Test
    void theStatusSaysWhatTheReplayDoes() {
        Duration interval = Duration.ofSeconds(2);
        assertEquals("PLAYING", cut.status(true, interval).state());
        assertEquals(100, cut.status(true, interval).total());
        cut.pause();
        assertEquals("PAUSED", cut.status(true, interval).state());
        assertEquals("STANDBY", cut.status(false, interval).state(), "a follower stands by whatever its controls");
        cut.progress().finish();
        assertEquals("FINISHED", cut.status(true, interval).state());
    }

    @Test
    void continuesAsThePreviousLeaderLeftIt() {
        ReplayPosition stored = new ReplayPosition("classpath:data/b.csv", NOW);
        stored.controls(true, 40, NOW);
        cut.continueAsLeftBefore(stored);
        assertEquals("classpath:data/b.csv", cut.location());
        assertTrue(cut.paused());
        assertEquals(40, cut.rowsPerTick());
    }

    @Test
    void aPositionStoredBeforeControlsWereStoredKeepsThisNodesControls() {
        cut.continueAsLeftBefore(new ReplayPosition("classpath:data/b.csv", NOW));
        assertEquals("classpath:data/b.csv", cut.location());
        assertFalse(cut.paused());
        assertEquals(5, cut.rowsPerTick());
    }

    @Test
    void nothingStoredKeepsEverything() {
        cut.continueAsLeftBefore(null);
        assertEquals("classpath:data/a.csv", cut.location());
    }
}

package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replay's source: opened at the stored position, moved by a seek, replaced by a switch. */
class SourceLifecycleTest {

    static final LocalDateTime T0 = BatchReaderTest.T0;

    ReplayFixture replay = new ReplayFixture(20, 2);
    SourceLifecycle cut = replay.sources;

    @AfterEach
    void close() {
        replay.close();
    }

    @Test
    void opensAtTheStoredPosition() {
        replay.storedLines.put(ReplayFixture.FILE, 5L);
        assertEquals(5, cut.open().position());
        assertEquals(5, replay.controls.status(true, ReplayFixture.INTERVAL).position());
    }

    @Test
    void seekMovesTheStoredPositionAndTheReplayContinuesThere() throws Exception {
        replay.tick();
        cut.seek(T0.plusMinutes(9));
        assertTrue(replay.opened.get(0).closed);
        assertEquals(9L, replay.storedLines.get(ReplayFixture.FILE));
        replay.tick();
        assertEquals(java.util.List.of(1L, 2L, 10L, 11L), replay.committedLines());
    }

    @Test
    void seekBackwardsReplaysAgainFromThere() throws Exception {
        replay.controls.speed(6);
        replay.tick();
        cut.seek(T0.plusMinutes(2));
        replay.tick();
        assertEquals(java.util.List.of(1L, 2L, 3L, 4L, 5L, 6L, 3L, 4L, 5L, 6L, 7L, 8L), replay.committedLines(),
                "rows stored already go through again (the pipeline counts them as duplicates)");
    }

    @Test
    void aSeekPastAFinishedReplayPlaysAgain() throws Exception {
        replay.controls.speed(100);
        replay.tick();
        assertTrue(replay.controls.progress().finished());
        cut.seek(T0.plusMinutes(18));
        replay.tick();
        assertEquals(ReplayFixture.lines(19, 20), replay.committedLines().subList(20, 22));
    }

    @Test
    void theSimulationCannotSeek() {
        replay.controls.switchTo(SimulationSource.LOCATION);
        TwinConflict conflict = assertThrows(TwinConflict.class, () -> cut.seek(T0));
        assertEquals("the live simulation cannot seek: it only moves forward", conflict.getMessage());
        assertTrue(replay.storedLines.isEmpty());
    }

    @Test
    void scenariosNeedTheSimulation() {
        assertThrows(TwinConflict.class, cut::simulation);
    }

    @Test
    void aSwitchClosesTheSourceAndStartsTheProgressOver() {
        replay.files.put("classpath:data/other.csv", ReplayFixture.rows(4));
        replay.tick();
        cut.switchTo("classpath:data/other.csv");
        assertTrue(replay.opened.get(0).closed);
        assertEquals(4, replay.controls.status(true, ReplayFixture.INTERVAL).total());
        assertEquals(0, replay.controls.status(true, ReplayFixture.INTERVAL).readingsAccepted());
        replay.tick();
        assertEquals(java.util.List.of(1L, 2L, 1L, 2L), replay.committedLines());
    }
}

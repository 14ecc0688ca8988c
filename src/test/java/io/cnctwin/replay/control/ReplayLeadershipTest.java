package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.replay.entity.ReplayPosition;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only the leader replays; taking the lead rebuilds once from the database and continues as the last leader left it. */
class ReplayLeadershipTest {

    static final String OTHER = "classpath:data/other.csv";

    ReplayFixture replay = new ReplayFixture(20, 2);
    ReplayLeadership cut = replay.leadership;

    @AfterEach
    void close() {
        replay.close();
    }

    @Test
    void theNodeThatLeadsSinceStartReplaysWithoutATakeover() {
        assertTrue(cut.leading());
        replay.tick();
        assertEquals(0, replay.takeovers);
        assertEquals(ReplayFixture.lines(1, 2), replay.committedLines());
    }

    @Test
    void aFollowerDoesNotReplay() {
        replay.term.set(0);
        replay.tick();
        replay.tick();
        assertTrue(replay.committed.isEmpty());
        assertEquals(0, replay.statusEvents);
        assertEquals("STANDBY", replay.controls.status(false, ReplayFixture.INTERVAL).state());
    }

    @Test
    void losingTheLeadClosesTheSource() {
        replay.tick();
        replay.term.set(0);
        assertFalse(cut.leading());
        assertTrue(replay.lastOpened().closed);
    }

    @Test
    void takingTheLeadRunsTheTakeoverOnceAndAdoptsWhatThePreviousLeaderStored() {
        replay.files.put(OTHER, ReplayFixture.rows(10));
        replay.storedLines.put(OTHER, 4L);
        replay.stored = stored(OTHER, false, 3);
        replay.term.set(0);
        replay.tick();
        replay.term.set(7);
        replay.tick();
        replay.tick();
        assertEquals(1, replay.takeovers);
        assertEquals(OTHER, replay.controls.location());
        assertEquals(3, replay.controls.rowsPerTick());
        assertEquals(ReplayFixture.lines(5, 10), replay.committedLines(), "from the stored position, at the stored speed");
    }

    @Test
    void aTakeoverAdoptsThePauseItsPredecessorLeft() {
        replay.stored = stored(ReplayFixture.FILE, true, 2);
        replay.term.set(2);
        replay.tick();
        assertEquals(1, replay.takeovers);
        assertTrue(replay.controls.paused());
        assertTrue(replay.committed.isEmpty());
    }

    @Test
    void withNothingStoredTheTakeoverKeepsThisNodesSettings() {
        replay.term.set(2);
        replay.tick();
        assertEquals(1, replay.takeovers);
        assertEquals(ReplayFixture.FILE, replay.controls.location());
        assertEquals(ReplayFixture.lines(1, 2), replay.committedLines());
    }

    @Test
    void aFailedTakeoverIsTriedAgainAtTheNextTick() {
        replay.takeoverFailure = new IllegalStateException("database away");
        replay.term.set(2);
        replay.tick();
        assertEquals(1, replay.takeovers);
        assertTrue(replay.committed.isEmpty());
        replay.takeoverFailure = null;
        replay.nanos.set(ReplayFixture.INTERVAL.toNanos() * 2);
        replay.tick();
        assertEquals(2, replay.takeovers);
        assertEquals(ReplayFixture.lines(1, 2), replay.committedLines());
        replay.tick();
        assertEquals(2, replay.takeovers, "once per term");
    }

    @Test
    void theProgressStartsOverOnTakingTheLead() {
        replay.tick();
        replay.term.set(2);
        replay.tick();
        // the position comes from the database, the counters of this term from zero
        assertEquals(4, replay.controls.status(true, ReplayFixture.INTERVAL).position());
        assertEquals(2, replay.controls.status(true, ReplayFixture.INTERVAL).readingsAccepted());
    }

    static ReplayPosition stored(String source, boolean paused, long rowsPerTick) {
        ReplayPosition position = new ReplayPosition(source, LocalDateTime.of(2025, 1, 6, 0, 0));
        position.controls(paused, rowsPerTick, LocalDateTime.of(2025, 1, 6, 0, 0));
        return position;
    }
}

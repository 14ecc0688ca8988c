package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tick of the replay timer: rows at rows-per-tick, nothing while paused, a backoff through failures. */
class ReplayTickTest {

    static final long MS = 1_000_000;

    ReplayFixture replay = new ReplayFixture(20, 3);
    ReplayTick cut = replay.cut;

    @AfterEach
    void close() {
        replay.close();
    }

    @Test
    void eachTickCommitsTheNextRowsPerTickAndTellsTheStatus() {
        cut.tick();
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 6), replay.committedLines());
        assertEquals(2, replay.statusEvents);
        assertEquals("PLAYING", replay.controls.status(true, ReplayFixture.INTERVAL).state());
    }

    @Test
    void aFinishedReplayTicksNoMore() {
        replay.controls.speed(100);
        cut.tick();
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 20), replay.committedLines());
        assertEquals(1, replay.statusEvents, "the tick that found nothing to do tells nothing");
    }

    @Test
    void nothingIsReplayedWhilePausedAndResumeContinuesWhereItStood() {
        cut.tick();
        replay.controls.pause();
        cut.tick();
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 3), replay.committedLines());
        assertEquals("PAUSED", replay.controls.status(true, ReplayFixture.INTERVAL).state());
        replay.controls.resume();
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 6), replay.committedLines());
    }

    @Test
    void aTickWhileAnotherHoldsTheLockReturnsAtOnce() throws Exception {
        // a control holds the tick lock: the tick must not wait for it (the timer would queue up behind it)
        CompletableFuture<Void> held = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        Thread control = new Thread(() -> {
            replay.ticking.lock();
            try {
                held.complete(null);
                release.join();
            } finally {
                replay.ticking.unlock();
            }
        });
        control.start();
        held.get(5, TimeUnit.SECONDS);
        cut.tick();
        release.complete(null);
        control.join();
        assertTrue(replay.committed.isEmpty());
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 3), replay.committedLines());
    }

    @Test
    void failuresBackOffAndRecoveryResumesFromTheStoredPositionOnAReopenedSource() {
        cut.tick();
        replay.duringCommit = batch -> {
            throw new IllegalStateException("connection refused");
        };
        cut.tick();
        assertTrue(replay.lastOpened().closed, "a failed tick closes its source");
        assertEquals(3L, replay.storedLines.get(ReplayFixture.FILE));

        replay.duringCommit = batch -> { };
        replay.nanos.set(199 * MS);
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 3), replay.committedLines(), "not due before interval x 2");
        replay.nanos.set(200 * MS);
        cut.tick();
        assertEquals(2, replay.opened.size(), "reopened");
        assertEquals(ReplayFixture.lines(1, 6), replay.committedLines(), "no gap, no row twice");
        replay.nanos.set(201 * MS);
        cut.tick();
        assertEquals(ReplayFixture.lines(1, 9), replay.committedLines(), "recovered: every tick is due again");
    }

    @Test
    void failuresInARowWaitLongerEachTime() {
        replay.duringCommit = batch -> {
            throw new IllegalStateException("connection refused");
        };
        cut.tick();
        replay.nanos.set(200 * MS);
        cut.tick();
        assertEquals(2, replay.opened.size());
        replay.nanos.set(599 * MS);
        cut.tick();
        assertEquals(2, replay.opened.size(), "the second failure waits 400 ms");
        replay.nanos.set(600 * MS);
        cut.tick();
        assertEquals(3, replay.opened.size());
        assertTrue(replay.opened.stream().allMatch(s -> s.closed));
    }

    @Test
    void aSourceThatCannotBeOpenedIsAFailedTick() {
        replay.controls.switchTo("classpath:data/missing.csv");
        cut.tick();
        replay.files.put("classpath:data/missing.csv", ReplayFixture.rows(2));
        cut.tick();
        assertTrue(replay.committed.isEmpty(), "backing off");
        replay.nanos.set(200 * MS);
        cut.tick();
        assertEquals(List.of(1L, 2L), replay.committedLines());
    }
}

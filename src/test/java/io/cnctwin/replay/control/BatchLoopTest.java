package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.replay.entity.ReplayBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One tick's rows: in order, in batches of at most MAX_BATCH, the next read while one commits, the end only when stored. */
class BatchLoopTest {

    static final int MAX = BatchLoop.MAX_BATCH;

    ReplayFixture replay = new ReplayFixture(2L * MAX + 10, 1);
    BatchLoop cut = replay.batches;

    @AfterEach
    void close() {
        replay.close();
    }

    @Test
    void rowsGoToTheCommitInOrderInBatchesOfAtMostMaxBatch() {
        cut.replay(3L * MAX);
        assertEquals(List.of(MAX, MAX, 10), replay.committed.stream().map(ReplayBatch::taken).toList());
        assertEquals(ReplayFixture.lines(1, 2L * MAX + 10), replay.committedLines());
    }

    @Test
    void aTickTakesItsQuotaAndNoMore() {
        cut.replay(MAX + 5);
        assertEquals(List.of(MAX, 5), replay.committed.stream().map(ReplayBatch::taken).toList());
        assertEquals(MAX + 5, replay.storedLines.get(ReplayFixture.FILE));
        assertFalse(replay.controls.progress().finished());
    }

    @Test
    void theNextBatchIsReadWhileThisOneCommits() {
        List<Long> positionsSeenInCommit = new ArrayList<>();
        replay.duringCommit = batch -> {
            if (replay.committed.isEmpty()) {
                // the read-ahead thread moves the source on while this batch is still being committed
                awaitPosition(replay.lastOpened(), 2L * MAX);
            }
            positionsSeenInCommit.add(replay.lastOpened().position());
        };
        cut.replay(2L * MAX);
        assertEquals(2L * MAX, positionsSeenInCommit.get(0), "the second batch was read before the first was stored");
        assertEquals(List.of((long) MAX, 2L * MAX), replay.committed.stream().map(ReplayBatch::position).toList(),
                "each batch is committed with its own position, not the source's");
    }

    @Test
    void theEndOfTheSourceFinishesOnlyAfterTheLastBatchIsCommitted() {
        List<Boolean> finishedDuringCommit = new ArrayList<>();
        replay.duringCommit = batch -> finishedDuringCommit.add(replay.controls.progress().finished());
        cut.replay(10L * MAX);
        assertEquals(List.of(false, false, false), finishedDuringCommit);
        assertTrue(replay.controls.progress().finished());
        assertEquals("FINISHED", replay.controls.status(true, ReplayFixture.INTERVAL).state());
    }

    @Test
    void aFailedLastBatchDoesNotFinish() {
        replay.duringCommit = batch -> {
            if (batch.end()) {
                throw new IllegalStateException("database away");
            }
        };
        assertThrows(IllegalStateException.class, () -> cut.replay(10L * MAX));
        assertFalse(replay.controls.progress().finished());
        assertEquals(2L * MAX, replay.storedLines.get(ReplayFixture.FILE), "the stored position is the last committed");
    }

    @Test
    void rejectedRowsAreSkippedAndCounted() {
        List<ReplayRow> rows = new ArrayList<>(ReplayFixture.rows(3));
        rows.set(1, new ReplayRow(2, null, "temperature is not a number"));
        replay.files.put(ReplayFixture.FILE, rows);
        cut.replay(10);
        assertEquals(List.of(1L, 3L), replay.committedLines());
        var status = replay.controls.status(true, ReplayFixture.INTERVAL);
        assertEquals(1, status.rowsSkipped());
        assertEquals(List.of("line 2: temperature is not a number"), status.recentSkips());
        assertEquals(3, status.position(), "a skipped row is consumed like a stored one");
    }

    @Test
    void aPauseStopsACatchUpAfterTheBatchInHand() {
        replay.duringCommit = batch -> replay.controls.pause();
        cut.replay(10L * MAX);
        // the batch read ahead while the pause came is committed: its rows are consumed from the source already
        assertEquals(2, replay.committed.size());
        assertEquals(2L * MAX, replay.lastOpened().position(), "nothing read after the pause");
        assertFalse(replay.controls.progress().finished());
    }

    @Test
    void theSourceStaysOpenBetweenTicks() {
        cut.replay(3);
        cut.replay(3);
        assertEquals(1, replay.opened.size());
        assertSame(replay.lastOpened(), replay.sources.open().inner());
        assertEquals(ReplayFixture.lines(1, 6), replay.committedLines());
    }

    static void awaitPosition(ReplayFixture.CountingSource source, long position) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (source.position() < position && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}

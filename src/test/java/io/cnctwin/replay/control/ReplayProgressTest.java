package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.replay.entity.ReplayStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    static final Duration INTERVAL = Duration.ofMillis(2_500);
    static final Reading READING = new Reading(1, LocalDateTime.of(2024, 1, 1, 0, 0), OperationMode.ACTIVE,
            50, 1, 5, 10, 1, 1, 300, 0.5, 3, null);

    ReplayProgress cut = new ReplayProgress();

    @Test
    void aFreshReplayReportsItsStateAndNothingDone() {
        cut.total(1_000);
        ReplayStatus status = cut.status("PAUSED", "classpath:data/fleet.csv.gz", 20, INTERVAL);
        assertEquals("PAUSED", status.state());
        assertEquals("classpath:data/fleet.csv.gz", status.source());
        assertEquals(0, status.position());
        assertEquals(1_000, status.total());
        assertEquals(20, status.rowsPerTick());
        assertEquals(2.5, status.intervalSeconds());
        assertEquals(0, status.rowsPerSecond());
        assertEquals(0, status.readingsAccepted());
        assertEquals(0, status.duplicates());
        assertEquals(0, status.rowsSkipped());
        assertEquals(List.of(), status.recentSkips());
        assertNull(status.dataTime());
        assertNull(status.etaSeconds());
        assertFalse(cut.finished());
    }

    @Test
    void commitsCountAcceptedAndDuplicateReadingsAndMoveThePosition() {
        cut.committed(3, 3, result(2, 1), LocalDateTime.of(2024, 1, 1, 0, 2));
        cut.committed(2, 5, result(2, 0), null);
        ReplayStatus status = cut.status("PLAYING", "s", 1, INTERVAL);
        assertEquals(5, status.position());
        assertEquals(4, status.readingsAccepted());
        assertEquals(1, status.duplicates());
        assertEquals(Instant.parse("2024-01-01T00:02:00Z"), status.dataTime(), "a batch without a timestamp keeps the last");
    }

    @Test
    void rowsPerSecondIsTheRowsCommittedOverTheTimeBetweenTheFirstAndLastCommit() throws InterruptedException {
        long before = System.nanoTime();
        cut.committed(100, 100, result(100, 0), null);
        Thread.sleep(50);
        cut.committed(200, 300, result(200, 0), null);
        double elapsedAtMost = (System.nanoTime() - before) / 1e9;
        double rate = cut.rowsPerSecond();
        // the first commit only marks the start: its rows were read before the window began
        assertTrue(rate >= 200 / elapsedAtMost && rate <= 200 / 0.050, "rate " + rate);
    }

    @Test
    void oneCommitIsNotEnoughForARate() {
        cut.committed(100, 100, result(100, 0), null);
        assertEquals(0, cut.rowsPerSecond());
        assertNull(cut.status("PLAYING", "s", 1, INTERVAL).etaSeconds());
    }

    @Test
    void etaIsTheRemainingRowsAtTheCurrentRateWhilePlaying() throws InterruptedException {
        cut.total(10_300);
        cut.committed(100, 100, result(100, 0), null);
        Thread.sleep(20);
        cut.committed(200, 300, result(200, 0), null);
        ReplayStatus status = cut.status("PLAYING", "s", 200, INTERVAL);
        assertNotNull(status.etaSeconds());
        assertEquals((long) (10_000 / status.rowsPerSecond()), status.etaSeconds());
    }

    @Test
    void etaIsNullWhilePaused() throws InterruptedException {
        cut.total(10_300);
        cut.committed(100, 100, result(100, 0), null);
        Thread.sleep(20);
        cut.committed(200, 300, result(200, 0), null);
        ReplayStatus status = cut.status("PAUSED", "s", 200, INTERVAL);
        assertTrue(status.rowsPerSecond() > 0);
        assertNull(status.etaSeconds());
    }

    @Test
    void etaIsNullWhenThePositionIsPastAnUnderestimatedTotal() throws InterruptedException {
        cut.total(100);
        cut.committed(100, 100, result(100, 0), null);
        Thread.sleep(20);
        cut.committed(200, 300, result(200, 0), null);
        assertNull(cut.status("PLAYING", "s", 200, INTERVAL).etaSeconds());
    }

    @Test
    void recentSkipsKeepTheTwentyNewestFirstWhileTheCountKeepsAll() {
        for (int line = 2; line < 32; line++) {
            cut.skip(line, "reason " + line);
        }
        ReplayStatus status = cut.status("PLAYING", "s", 1, INTERVAL);
        assertEquals(30, status.rowsSkipped());
        assertEquals(30, cut.skipped());
        assertEquals(20, status.recentSkips().size());
        assertEquals("line 31: reason 31", status.recentSkips().get(0));
        assertEquals("line 12: reason 12", status.recentSkips().get(19));
    }

    @Test
    void theStatusListOfSkipsIsASnapshot() {
        cut.skip(2, "first");
        List<String> skips = cut.status("PLAYING", "s", 1, INTERVAL).recentSkips();
        cut.skip(3, "second");
        assertEquals(List.of("line 2: first"), skips);
    }

    @Test
    void finishIsRemembered() {
        cut.finish();
        assertTrue(cut.finished());
    }

    @Test
    void aRestoredPositionIsReported() {
        cut.position(1_234);
        assertEquals(1_234, cut.status("PAUSED", "s", 1, INTERVAL).position());
    }

    private static PipelineResult result(int accepted, int duplicates) {
        return new PipelineResult(Collections.nCopies(accepted, READING), Collections.nCopies(duplicates, READING));
    }
}

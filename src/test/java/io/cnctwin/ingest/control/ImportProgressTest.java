package io.cnctwin.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.ingest.entity.ImportRejection;
import io.cnctwin.ingest.entity.ImportState;
import io.cnctwin.ingest.entity.ImportView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The import job's bookkeeping: states, counts, kept rejections, rate, ETA and the once-a-second push. */
class ImportProgressTest {

    Instant now = Instant.parse("2025-01-16T10:00:00Z");
    ImportProgress cut = new ImportProgress("job-1", 4_096, () -> now);

    void elapse(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void aQueuedJobHasNothingDoneAndNoEta() {
        ImportView view = cut.view(true);
        assertEquals("job-1", view.id());
        assertEquals(ImportState.QUEUED, view.state());
        assertEquals(4_096, view.bytes());
        assertEquals(0, view.rowsRead());
        assertEquals(0, view.rowsPerSecond());
        assertNull(view.etaSeconds());
        assertNull(view.startedAt());
        assertEquals(now, view.submittedAt());
    }

    @Test
    void countsRowsBatchesAndRejectionsWithLineNumbers() {
        cut.start(10);
        for (int i = 0; i < 6; i++) {
            cut.read();
        }
        cut.rejected(5, "Temperature_C is not a number");
        cut.committed(4, 2);
        ImportView view = cut.view(true);
        assertEquals(ImportState.RUNNING, view.state());
        assertEquals(7, view.rowsRead());
        assertEquals(4, view.accepted());
        assertEquals(2, view.duplicates());
        assertEquals(1, view.rejected());
        assertEquals(new ImportRejection(5, "Temperature_C is not a number"), view.rejections().get(0));
    }

    @Test
    void keepsTheFirstThousandReasonsButCountsEveryRejection() {
        cut.start(2_000);
        for (int line = 2; line < 1_502; line++) {
            cut.rejected(line, "bad");
        }
        ImportView view = cut.view(true);
        assertEquals(1_500, view.rejected());
        assertEquals(ImportProgress.KEPT_REJECTIONS, view.rejections().size());
        assertEquals(2, view.rejections().get(0).line());
        assertEquals(1_001, view.rejections().get(999).line());
    }

    @Test
    void listsAndLiveMessagesLeaveTheReasonsOut() {
        cut.start(3);
        cut.rejected(2, "bad");
        assertNull(cut.view(false).rejections());
        assertEquals(1, cut.view(false).rejected());
    }

    @Test
    void rateAndEtaFollowTheRowsReadSinceTheStart() {
        cut.start(1_000);
        elapse(Duration.ofSeconds(2));
        for (int i = 0; i < 200; i++) {
            cut.read();
        }
        ImportView view = cut.view(false);
        assertEquals(100.0, view.rowsPerSecond(), 1e-9);
        assertEquals(8L, view.etaSeconds());
    }

    @Test
    void aFinishedJobKeepsItsRateAndHasNoEta() {
        cut.start(100);
        elapse(Duration.ofSeconds(4));
        for (int i = 0; i < 100; i++) {
            cut.read();
        }
        cut.done();
        elapse(Duration.ofSeconds(60));
        ImportView view = cut.view(false);
        assertEquals(ImportState.DONE, view.state());
        assertEquals(25.0, view.rowsPerSecond(), 1e-9);
        assertNull(view.etaSeconds());
        assertEquals(Instant.parse("2025-01-16T10:00:04Z"), view.finishedAt());
    }

    @Test
    void aFailedJobSaysWhy() {
        cut.start(100);
        cut.failed("disk full");
        assertEquals(ImportState.FAILED, cut.view(false).state());
        assertEquals("disk full", cut.view(false).failure());
        assertTrue(cut.state().finished());
    }

    @Test
    void progressIsDueAtMostOnceASecond() {
        assertTrue(cut.publishDue());
        assertFalse(cut.publishDue());
        elapse(Duration.ofMillis(999));
        assertFalse(cut.publishDue());
        elapse(Duration.ofMillis(1));
        assertTrue(cut.publishDue());
        assertFalse(cut.publishDue());
    }
}

package io.cnctwin.replay.control;

import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.platform.boundary.Await;
import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.replay.entity.ReplayBatch;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.logging.Logger;

/**
 * One tick's rows: batches of at most {@link #MAX_BATCH} rows committed in order until the tick's quota (rows, or data
 * time at the pace set, see {@link PaceClock}) is used, the source ends or the replay is paused. While a batch is committed the next one is parsed on the read-ahead thread.
 */
public class BatchLoop {

    static final int MAX_BATCH = 4_000;
    private static final Logger LOG = Logger.getLogger(BatchLoop.class.getName());

    /** Stores a batch's readings and the source position after it, in one transaction. */
    public interface Commit {
        PipelineResult commit(String source, ReplayBatch batch);
    }

    private final SourceLifecycle sources;
    private final ReplayControls controls;
    private final ExecutorService readAhead;
    private final Commit store;
    private final IntPredicate follows;
    private final Duration interval;

    public BatchLoop(SourceLifecycle sources, ReplayControls controls, ExecutorService readAhead, Commit store,
            IntPredicate follows, Duration interval) {
        this.interval = interval;
        this.sources = sources;
        this.controls = controls;
        this.readAhead = readAhead;
        this.store = store;
        this.follows = follows;
    }

    /** Replays one tick at the pace set on the controls. */
    public void replay() {
        Lookahead rows = sources.open();
        replay(controls.quota(interval, rows.peekTime()));
    }

    /** Replays up to {@code rows} rows, whatever their data time. */
    public void replay(long rows) {
        replay(TickQuota.rows(rows));
    }

    /** Replays what {@code quota} admits; a failure leaves the source to the caller to close (no read-ahead runs then). */
    public void replay(TickQuota quota) {
        Lookahead rows = sources.open();
        String current = controls.location();
        ReplayProgress progress = controls.progress();
        ReplayBatch batch = BatchReader.read(rows, Math.min(quota.maxRows(), MAX_BATCH), quota, follows);
        long remaining = quota.maxRows() - batch.taken();
        while (true) {
            // catch-up: parse the next batch on the read-ahead thread while this one is committed; a pause or the
            // end of the tick's data time stops the tick after the batch in hand
            long ahead = batch.end() || quota.reached() || controls.paused() ? 0 : Math.min(remaining, MAX_BATCH);
            Future<ReplayBatch> next = ahead > 0 ? readAhead.submit(() -> BatchReader.read(rows, ahead, quota, follows)) : null;
            try {
                commit(current, batch, progress);
            } catch (RuntimeException e) {
                // the source is closed after a failure: the read-ahead must be done with it first
                await(next);
                throw e;
            }
            if (next == null) {
                break;
            }
            batch = await(next);
            remaining -= batch.taken();
        }
        if (batch.end()) {
            // only once the last batch is committed: FINISHED means every row is stored or skipped
            progress.finish();
            LOG.info(() -> "Replay reached the end of " + current + " (" + progress.skipped() + " row(s) skipped)");
        }
    }

    private void commit(String source, ReplayBatch batch, ReplayProgress progress) {
        for (ReplayRow row : batch.rejected()) {
            progress.skip(row.line(), row.rejection());
            LOG.warning(() -> "Replay skipped line " + row.line() + " of " + source + ": " + row.rejection());
        }
        if (batch.taken() == 0) {
            // a tick whose data time has not reached the next row yet (a slow factor): nothing to store
            return;
        }
        PipelineResult result = store.commit(source, batch);
        progress.committed(batch.taken(), batch.dataRows(), result, batch.lastTimestamp());
    }

    private static ReplayBatch await(Future<ReplayBatch> next) {
        return Await.result(next, "reading the replay source");
    }
}

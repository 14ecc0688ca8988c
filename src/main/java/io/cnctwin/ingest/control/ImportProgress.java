package io.cnctwin.ingest.control;

import io.cnctwin.ingest.entity.ImportRejection;
import io.cnctwin.ingest.entity.ImportState;
import io.cnctwin.ingest.entity.ImportView;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping of one import job: state, counts, the first rejections, rate and ETA, and when progress is due
 * to be published (at most once a second). Thread-safe: the job writes, requests and the live push read.
 */
public class ImportProgress {

    public static final int KEPT_REJECTIONS = 1_000;
    static final Duration PUBLISH_EVERY = Duration.ofSeconds(1);

    private final String id;
    private final long bytes;
    private final InstantSource clock;
    private final Instant submittedAt;
    private final List<ImportRejection> rejections = new ArrayList<>();
    private ImportState state = ImportState.QUEUED;
    private long totalLines;
    private long rowsRead;
    private long accepted;
    private long duplicates;
    private long rejected;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant publishedAt;
    private String failure;

    public ImportProgress(String id, long bytes, InstantSource clock) {
        this.id = id;
        this.bytes = bytes;
        this.clock = clock;
        this.submittedAt = clock.instant();
    }

    public String id() {
        return id;
    }

    public synchronized void start(long lines) {
        state = ImportState.RUNNING;
        totalLines = lines;
        startedAt = clock.instant();
    }

    /** A row that was read and will go to the pipeline with its batch. */
    public synchronized void read() {
        rowsRead++;
    }

    /** A row that was read and cannot be stored; only the first {@link #KEPT_REJECTIONS} reasons are kept. */
    public synchronized void rejected(long line, String reason) {
        rowsRead++;
        rejected++;
        if (rejections.size() < KEPT_REJECTIONS) {
            rejections.add(new ImportRejection(line, reason));
        }
    }

    /** A batch committed: how many of its readings were stored and how many were stored already. */
    public synchronized void committed(long stored, long alreadyStored) {
        accepted += stored;
        duplicates += alreadyStored;
    }

    public synchronized void done() {
        finish(ImportState.DONE, null);
    }

    public synchronized void failed(String reason) {
        finish(ImportState.FAILED, reason);
    }

    private void finish(ImportState end, String reason) {
        state = end;
        failure = reason;
        finishedAt = clock.instant();
    }

    public synchronized ImportState state() {
        return state;
    }

    /** True, and remembered, if nothing was published in the last second. */
    public synchronized boolean publishDue() {
        Instant now = clock.instant();
        if (publishedAt != null && Duration.between(publishedAt, now).compareTo(PUBLISH_EVERY) < 0) {
            return false;
        }
        publishedAt = now;
        return true;
    }

    /** Rows read per second since the start, up to the finish once finished. */
    public synchronized double rowsPerSecond() {
        if (startedAt == null) {
            return 0;
        }
        double seconds = Duration.between(startedAt, finishedAt != null ? finishedAt : clock.instant()).toNanos() / 1e9;
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    /** Seconds until the last line at the current rate, while running and once a rate is known. */
    public synchronized Long etaSeconds() {
        double rate = rowsPerSecond();
        if (state != ImportState.RUNNING || rate <= 0) {
            return null;
        }
        return (long) Math.ceil(Math.max(0, totalLines - rowsRead) / rate);
    }

    /** The job as clients see it, with the kept rejections or (for lists and live messages) without. */
    public synchronized ImportView view(boolean withRejections) {
        return new ImportView(id, state, bytes, totalLines, rowsRead, accepted, duplicates, rejected,
                withRejections ? List.copyOf(rejections) : null, rowsPerSecond(), etaSeconds(), submittedAt,
                startedAt, finishedAt, failure);
    }
}

package io.cnctwin.replay.control;

import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.replay.entity.ReplayPace;
import io.cnctwin.replay.entity.ReplayStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Counters of the replay since start: position, throughput over the last minute, skips with their reasons. */
public class ReplayProgress {

    private static final int RECENT_SKIPS = 20;
    private static final long RATE_WINDOW_NANOS = Duration.ofSeconds(60).toNanos();

    private final Deque<String> recentSkips = new ArrayDeque<>();
    private final Deque<long[]> rateSamples = new ArrayDeque<>();
    private long position;
    private long total;
    private long accepted;
    private long duplicates;
    private long skipped;
    private LocalDateTime dataTime;
    private boolean finished;

    public synchronized void total(long lines) {
        this.total = lines;
    }

    public synchronized void position(long lines) {
        this.position = lines;
    }

    public synchronized void skip(long line, String reason) {
        skipped++;
        recentSkips.addFirst("line " + line + ": " + reason);
        if (recentSkips.size() > RECENT_SKIPS) {
            recentSkips.removeLast();
        }
    }

    /** A batch of {@code rows} data lines is committed; the source now stands at data line {@code newPosition}. */
    public synchronized void committed(long rows, long newPosition, PipelineResult result, LocalDateTime lastTimestamp) {
        position = newPosition;
        accepted += result.accepted().size();
        duplicates += result.duplicates().size();
        if (lastTimestamp != null) {
            dataTime = lastTimestamp;
        }
        long now = System.nanoTime();
        rateSamples.addLast(new long[] {now, rows, dataTime == null ? Long.MIN_VALUE : dataTime.toEpochSecond(ZoneOffset.UTC)});
        while (!rateSamples.isEmpty() && now - rateSamples.peekFirst()[0] > RATE_WINDOW_NANOS) {
            rateSamples.removeFirst();
        }
    }

    public synchronized void finish() {
        finished = true;
    }

    public synchronized boolean finished() {
        return finished;
    }

    public synchronized long skipped() {
        return skipped;
    }

    synchronized double rowsPerSecond() {
        if (rateSamples.size() < 2) {
            return 0;
        }
        long rows = rateSamples.stream().skip(1).mapToLong(s -> s[1]).sum();
        double seconds = (rateSamples.peekLast()[0] - rateSamples.peekFirst()[0]) / 1e9;
        return seconds <= 0 ? 0 : rows / seconds;
    }

    /** Data seconds replayed per wall second over the last minute; null before two batches or without data time. */
    synchronized Double dataTimeFactor() {
        if (rateSamples.size() < 2 || rateSamples.peekFirst()[2] == Long.MIN_VALUE) {
            return null;
        }
        double seconds = (rateSamples.peekLast()[0] - rateSamples.peekFirst()[0]) / 1e9;
        long dataSeconds = rateSamples.peekLast()[2] - rateSamples.peekFirst()[2];
        return seconds <= 0 || dataSeconds <= 0 ? null : dataSeconds / seconds;
    }

    public synchronized ReplayStatus status(String state, String source, long rowsPerTick, Duration interval) {
        return status(state, source, ReplayPace.rows(rowsPerTick), interval);
    }

    public synchronized ReplayStatus status(String state, String source, ReplayPace pace, Duration interval) {
        double rate = rowsPerSecond();
        Long eta = "PLAYING".equals(state) && rate > 0 && total >= position ? (long) ((total - position) / rate) : null;
        Double factor = dataTimeFactor();
        return new ReplayStatus(state, source, position, total, pace.rowsPerTick(), interval.toMillis() / 1000.0, rate,
                accepted, duplicates, skipped, List.copyOf(recentSkips),
                dataTime == null ? null : dataTime.toInstant(ZoneOffset.UTC), eta, pace.kind().name(), pace.factor(),
                factor, factor == null ? null : 3600 / factor);
    }
}

package io.cnctwin.replay.entity;

import java.time.Instant;
import java.util.List;

/**
 * The replay as clients see it: where it is in its source, how fast it goes, what it skipped and why.
 * {@code position} and {@code total} count data lines; {@code etaSeconds} is null while paused or unknown.
 * {@code pace} is STEP (the next data instant of the whole fleet per tick), FACTOR ({@code speedFactor} x real time)
 * or ROWS ({@code rowsPerTick}, 0 at the other paces). {@code dataTimeFactor} and {@code wallSecondsPerDataHour} are
 * measured over the last minute (null before two batches).
 */
public record ReplayStatus(String state, String source, long position, long total, long rowsPerTick,
                         double intervalSeconds, double rowsPerSecond, long readingsAccepted, long duplicates,
                         long rowsSkipped, List<String> recentSkips, Instant dataTime, Long etaSeconds,
                         String pace, Double speedFactor, Double dataTimeFactor, Double wallSecondsPerDataHour) {
}

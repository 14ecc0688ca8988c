package io.cnctwin.replay.entity;

import java.time.Instant;
import java.util.List;

/**
 * The replay as clients see it: where it is in its source, how fast it goes, what it skipped and why.
 * {@code position} and {@code total} count data lines; {@code etaSeconds} is null while paused or unknown.
 */
public record ReplayStatus(String state, String source, long position, long total, long rowsPerTick,
                         double intervalSeconds, double rowsPerSecond, long readingsAccepted, long duplicates,
                         long rowsSkipped, List<String> recentSkips, Instant dataTime, Long etaSeconds) {
}

package io.cnctwin.ingest.entity;

import java.time.Instant;
import java.util.List;

/**
 * An import job as clients see it. {@code totalLines} counts the file's data lines; {@code rowsRead} the rows taken
 * so far, each then accepted (stored), a duplicate (stored already) or rejected. {@code rejections} holds the first
 * 1,000 rejected lines with their reasons (null in lists and live messages, where only the count is given).
 * {@code etaSeconds} is null unless running with a known rate; {@code failure} says why a FAILED job stopped.
 */
public record ImportView(String id, ImportState state, long bytes, long totalLines, long rowsRead, long accepted,
                         long duplicates, long rejected, List<ImportRejection> rejections, double rowsPerSecond,
                         Long etaSeconds, Instant submittedAt, Instant startedAt, Instant finishedAt, String failure) {
}

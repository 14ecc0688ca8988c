package io.cnctwin.telemetry.boundary;

import io.cnctwin.reading.boundary.CsvReadingParser;
import java.time.Duration;
import java.util.List;

/** Chooses aggregate bucket widths: the smallest rung of a ladder that keeps a chart under a number of points. */
public final class BucketLadder {

    public static final List<Duration> RUNGS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(7));
    /** The most buckets one response may hold. */
    public static final int MAX_BUCKETS = 10_000;

    private BucketLadder() {
    }

    /** The smallest rung with span / rung <= maxPoints; the largest rung when none is wide enough. */
    public static Duration fit(Duration span, int maxPoints) {
        return RUNGS.stream().filter(rung -> ratio(span, rung) <= maxPoints).findFirst()
                .orElse(RUNGS.get(RUNGS.size() - 1));
    }

    /** span / bucket, rounded up: the buckets a range needs. */
    public static long ratio(Duration span, Duration bucket) {
        long seconds = span.toSeconds() + (span.toNanosPart() > 0 ? 1 : 0);
        return (seconds + bucket.toSeconds() - 1) / bucket.toSeconds();
    }

    /** The epoch-aligned buckets that [from, to) touches, at most one more than {@link #ratio}. */
    public static long touched(long fromEpochSecond, long toEpochSecond, long bucketSeconds) {
        if (toEpochSecond <= fromEpochSecond) {
            return 0;
        }
        return Math.floorDiv(toEpochSecond - 1, bucketSeconds) - Math.floorDiv(fromEpochSecond, bucketSeconds) + 1;
    }

    /** A bucket width given by a client: an ISO-8601 duration of whole seconds, at least one second. */
    public static Duration parse(String text) {
        Duration bucket;
        try {
            bucket = Duration.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("bucket '" + CsvReadingParser.abbreviate(text)
                    + "' is not an ISO-8601 duration such as PT1M, PT5M, PT1H or P1D");
        }
        if (bucket.getNano() != 0 || bucket.getSeconds() < 1) {
            throw new IllegalArgumentException("bucket must be a whole number of seconds, at least PT1S");
        }
        return bucket;
    }
}

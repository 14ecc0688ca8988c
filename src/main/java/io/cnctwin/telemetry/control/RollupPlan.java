package io.cnctwin.telemetry.control;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a range [from, to) into pieces that together cover it exactly once: the whole buckets of the coarsest rollup
 * width that divides the requested bucket width, the edges left over from the next finer width, and what no rollup
 * covers from the raw rows. A rollup bucket then lies inside one requested bucket, because both are aligned to the
 * epoch and one width divides the other.
 */
public final class RollupPlan {

    /** Raw rows, not a rollup. */
    public static final int RAW = 0;

    /** A piece of the range and where its rows come from: a rollup of {@code width} seconds, or {@link #RAW}. */
    public record Segment(LocalDateTime from, LocalDateTime to, int width) {
        public long fromEpoch() {
            return from.toEpochSecond(ZoneOffset.UTC);
        }

        public long toEpoch() {
            return to.toEpochSecond(ZoneOffset.UTC);
        }
    }

    private RollupPlan() {
    }

    /** The pieces of [from, to) in time order, for buckets of {@code bucketSeconds}, given the rollup widths kept. */
    public static List<Segment> plan(LocalDateTime from, LocalDateTime to, long bucketSeconds, List<Integer> widths) {
        List<Integer> usable = widths.stream().filter(w -> bucketSeconds % w == 0)
                .sorted(Comparator.reverseOrder()).toList();
        List<Segment> pieces = new ArrayList<>();
        cover(from, to, usable, 0, pieces);
        return pieces;
    }

    private static void cover(LocalDateTime from, LocalDateTime to, List<Integer> widths, int k, List<Segment> pieces) {
        if (!from.isBefore(to)) {
            return;
        }
        if (k == widths.size()) {
            pieces.add(new Segment(from, to, RAW));
            return;
        }
        int width = widths.get(k);
        LocalDateTime first = ceil(from, width);
        LocalDateTime last = floor(to, width);
        if (!first.isBefore(last)) {
            cover(from, to, widths, k + 1, pieces);
            return;
        }
        cover(from, first, widths, k + 1, pieces);
        pieces.add(new Segment(first, last, width));
        cover(last, to, widths, k + 1, pieces);
    }

    static LocalDateTime ceil(LocalDateTime time, int width) {
        long seconds = time.toEpochSecond(ZoneOffset.UTC);
        boolean aligned = time.getNano() == 0 && Math.floorMod(seconds, width) == 0;
        long start = aligned ? seconds : (Math.floorDiv(seconds, width) + 1) * width;
        return LocalDateTime.ofEpochSecond(start, 0, ZoneOffset.UTC);
    }

    static LocalDateTime floor(LocalDateTime time, int width) {
        long start = Math.floorDiv(time.toEpochSecond(ZoneOffset.UTC), width) * width;
        return LocalDateTime.ofEpochSecond(start, 0, ZoneOffset.UTC);
    }
}

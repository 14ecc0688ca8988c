package io.cnctwin.bench;

import java.util.Arrays;

/** Durations of repeated runs, in nanoseconds; percentiles by the nearest-rank method. Grows as needed. */
final class Latencies {

    private long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[Math.max(16, capacity)];
    }

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int size() {
        return size;
    }

    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    double maxMs() {
        return percentileMs(100);
    }
}

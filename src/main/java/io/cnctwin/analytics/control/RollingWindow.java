package io.cnctwin.analytics.control;

/**
 * The last {@code capacity} values in a ring buffer, with mean and variance kept incrementally
 * (Welford's update for the value added, its inverse for the value evicted): O(1) per value.
 */
public class RollingWindow {

    private final double[] values;
    private int next;
    private int size;
    private double mean;
    private double squaredDeviations;

    public RollingWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.values = new double[capacity];
    }

    /** Adds x, evicting the oldest value when full. */
    public void add(double x) {
        if (size == values.length) {
            remove(values[next]);
        }
        values[next] = x;
        next = (next + 1) % values.length;
        size++;
        double delta = x - mean;
        mean += delta / size;
        squaredDeviations += delta * (x - mean);
    }

    private void remove(double y) {
        size--;
        if (size == 0) {
            mean = 0;
            squaredDeviations = 0;
            return;
        }
        double delta = y - mean;
        mean -= delta / size;
        squaredDeviations = Math.max(0, squaredDeviations - delta * (y - mean));
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return values.length;
    }

    public boolean isFull() {
        return size == values.length;
    }

    /** Mean of the values in the window, 0 when empty. */
    public double mean() {
        return mean;
    }

    /** Sample variance (n - 1), 0 with fewer than two values. */
    public double variance() {
        return size < 2 ? 0 : squaredDeviations / (size - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }
}

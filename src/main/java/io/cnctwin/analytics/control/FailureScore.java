package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ReliabilityBin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How good predicted probabilities are against 0/1 outcomes: AUROC (ranking; ties count half), Brier score and its
 * skill against always predicting the base rate ({@code 1 - Brier / (b (1 - b))}), and the expected calibration
 * error over {@value #BINS} equal-width bins of p ({@code sum over bins n_k / n x |mean p_k - mean y_k|}).
 */
public final class FailureScore {

    public static final int BINS = 10;

    private double[] p = new double[1024];
    private byte[] y = new byte[1024];
    private int n;

    public void add(double probability, boolean failed) {
        if (n == p.length) {
            p = Arrays.copyOf(p, 2 * n);
            y = Arrays.copyOf(y, 2 * n);
        }
        p[n] = probability;
        y[n++] = (byte) (failed ? 1 : 0);
    }

    public int n() {
        return n;
    }

    public double baseRate() {
        long positives = 0;
        for (int i = 0; i < n; i++) {
            positives += y[i];
        }
        return n == 0 ? Double.NaN : (double) positives / n;
    }

    public double brier() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return sum / n;
    }

    public double brierSkill() {
        double b = baseRate();
        return 1 - brier() / (b * (1 - b));
    }

    public double meanProbability() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += p[i];
        }
        return sum / n;
    }

    public double calibrationError() {
        double[] sumP = new double[BINS];
        double[] sumY = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < n; i++) {
            int bin = Math.min(BINS - 1, (int) (p[i] * BINS));
            sumP[bin] += p[i];
            sumY[bin] += y[i];
            count[bin]++;
        }
        double ece = 0;
        for (int k = 0; k < BINS; k++) {
            if (count[k] > 0) {
                ece += Math.abs(sumP[k] - sumY[k]) / n;
            }
        }
        return ece;
    }

    /** The reliability diagram: per bin of {@link #BINS} equal-width bins of p, its rows, mean p and failure share. */
    public List<ReliabilityBin> reliability() {
        double[] sumP = new double[BINS];
        long[] failed = new long[BINS];
        long[] count = new long[BINS];
        for (int i = 0; i < n; i++) {
            int bin = Math.min(BINS - 1, (int) (p[i] * BINS));
            sumP[bin] += p[i];
            failed[bin] += y[i];
            count[bin]++;
        }
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int k = 0; k < BINS; k++) {
            bins.add(new ReliabilityBin((double) k / BINS, (double) (k + 1) / BINS, count[k],
                    count[k] == 0 ? null : sumP[k] / count[k], count[k] == 0 ? null : (double) failed[k] / count[k]));
        }
        return bins;
    }

    /** Mann-Whitney: the probability that a random failing row ranks above a random non-failing one. */
    public double auroc() {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * {@code AUROC 0.87, Brier skill 0.31, calibration error 0.03, base rate 0.071, n 360000}; a figure the rows cannot
     * give (no rows, or no failure among them) reads {@code n/a}.
     */
    public String line() {
        return String.format(Locale.ROOT, "AUROC %s, Brier skill %s, calibration error %s, base rate %s, n %d",
                measured(auroc(), "%.2f"), measured(brierSkill(), "%.2f"), measured(n == 0 ? Double.NaN : calibrationError(), "%.2f"),
                measured(baseRate(), "%.3f"), n);
    }

    /** The value in {@code format}, or {@code n/a} when it is not a finite number. */
    public static String measured(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "n/a";
    }
}

package io.cnctwin.analytics.control;

/**
 * Count, means and centred sums of squares and cross products of (x, y) pairs, updated one pair at a time with
 * Welford's method, which stays accurate where the textbook sums (sum x^2 - n mean^2) cancel catastrophically.
 */
final class PairedMoments {

    private long n;
    private double meanX;
    private double meanY;
    private double sxx;
    private double syy;
    private double sxy;

    void add(double x, double y) {
        n++;
        double dx = x - meanX;
        double dy = y - meanY;
        meanX += dx / n;
        meanY += dy / n;
        sxx += dx * (x - meanX);
        syy += dy * (y - meanY);
        sxy += dx * (y - meanY);
    }

    long n() {
        return n;
    }

    double meanX() {
        return meanX;
    }

    double meanY() {
        return meanY;
    }

    /** Sum of (x - mean x)^2. */
    double sxx() {
        return sxx;
    }

    /** Sum of (y - mean y)^2. */
    double syy() {
        return syy;
    }

    /** Sum of (x - mean x)(y - mean y). */
    double sxy() {
        return sxy;
    }
}

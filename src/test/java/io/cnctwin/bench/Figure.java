package io.cnctwin.bench;

/**
 * One measured figure beside its baseline: latencies in milliseconds (median and 95th percentile of {@code runs}
 * measured runs), {@code rows} what one run returned, {@code note} how the figure was taken.
 */
public record Figure(String suite, String name, long rows, int runs, double medianMs, double p95Ms,
                     double baselineMedianMs, double baselineP95Ms, String note) {

    public double ratio() {
        return baselineMedianMs == 0 ? Double.NaN : medianMs / baselineMedianMs;
    }

    public double p95Ratio() {
        return baselineP95Ms == 0 ? Double.NaN : p95Ms / baselineP95Ms;
    }
}

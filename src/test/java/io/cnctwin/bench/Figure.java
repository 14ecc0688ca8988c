package io.cnctwin.bench;

import java.util.Locale;

/**
 * One measured figure beside its baseline taken in the same run: both as text with their unit, the ratio of the
 * product to the baseline ({@code ratioMeaning} says which way is good), and how the figure was taken.
 */
public record Figure(String suite, String name, String product, String baseline, double ratio, String ratioMeaning,
                     String note) {

    /** Latencies in ms (median and p95 of {@code runs}); the ratio is product median / baseline median. */
    static Figure latency(String suite, String name, long rows, int runs, Latencies product, Latencies baseline, String note) {
        return new Figure(suite, name, ms(product), ms(baseline), product.medianMs() / baseline.medianMs(),
                "time x baseline", note + String.format(Locale.ROOT, "; %,d rows per call, %d runs", rows, runs));
    }

    /** Throughputs; the ratio is the share of the baseline's rate the product reaches. */
    static Figure rate(String suite, String name, double productPerSecond, double baselinePerSecond, String unit, String note) {
        return new Figure(suite, name, String.format(Locale.ROOT, "%,.0f %s", productPerSecond, unit),
                baselinePerSecond > 0 ? String.format(Locale.ROOT, "%,.0f %s", baselinePerSecond, unit) : "-",
                baselinePerSecond > 0 ? productPerSecond / baselinePerSecond : Double.NaN, "share of baseline", note);
    }

    static String ms(Latencies latencies) {
        return String.format(Locale.ROOT, "%s ms (p95 %s)", ms(latencies.medianMs()), ms(latencies.p95Ms()));
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    String ratioText() {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, ratio < 10 ? "%.2f" : "%.1f", ratio) + " (" + ratioMeaning + ")";
    }
}

package io.cnctwin.analytics.control;

/**
 * Online estimate of the coolant circuit's fouling from how far the spindle housing's temperature follows changes of
 * the spindle power, in data time. The housing is a first-order lag ({@value #HOUSING_TAU_MINUTES} min) of the heat:
 * lagging the spindle power by the same time constant, a change of x kW moves the temperature by R x K, where R is
 * the housing's thermal resistance. R is the slope of the temperature's deviation from its
 * {@value #BASELINE_MINUTES}-minute mean against the lagged power's deviation from its own, a least-squares fit with
 * a {@value #MEMORY_MINUTES}-minute memory. Deviations, not levels: the hall's air and the coolant's offset (a few K,
 * different per machine, drifting over the day) cancel, which a ratio of levels (temperature over power) cannot do.
 * A reading the fit misses by more than {@value #OUTLIER_K} K (an overheating episode, a drifting sensor) is not
 * learned from. Fouling f raises R by the factor 1 + {@value #FOULING_GAIN} f over a clean circuit's
 * {@value #CLEAN_K_PER_KW} K/kW, and the cooling failure hazard is exponential in f, so log-odds are linear in it.
 */
final class CoolingFouling {

    static final double HOUSING_TAU_MINUTES = 20;
    static final double BASELINE_MINUTES = 120;
    static final double MEMORY_MINUTES = 240;
    static final double OUTLIER_K = 2;
    static final double CLEAN_K_PER_KW = 6.5;
    static final double FOULING_GAIN = 0.35;
    static final double MAX_FOULING = 1.5;
    /** Enough power swings to trust the slope: sum of squared kW deviations x minutes. */
    static final double MIN_SWING = 50;

    private double laggedKw = Double.NaN;
    private double baseC = Double.NaN;
    private double baseKw = Double.NaN;
    private double sumXx;
    private double sumXy;
    private double resistance = Double.NaN;

    /** Next reading: measured housing temperature, spindle power (total minus auxiliary draw), minutes since the last. */
    void update(double temperatureC, double spindleKw, double dtMinutes) {
        double heat = Math.max(spindleKw, 0);
        if (Double.isNaN(laggedKw)) {
            laggedKw = heat;
            baseC = temperatureC;
            baseKw = heat;
            return;
        }
        laggedKw += (1 - Math.exp(-dtMinutes / HOUSING_TAU_MINUTES)) * (heat - laggedKw);
        double baseAlpha = 1 - Math.exp(-dtMinutes / BASELINE_MINUTES);
        baseC += baseAlpha * (temperatureC - baseC);
        baseKw += baseAlpha * (laggedKw - baseKw);
        double x = laggedKw - baseKw;
        double y = temperatureC - baseC;
        double keep = Math.exp(-dtMinutes / MEMORY_MINUTES);
        sumXx *= keep;
        sumXy *= keep;
        if (Double.isNaN(resistance) || Math.abs(y - resistance * x) < OUTLIER_K) {
            sumXx += x * x * dtMinutes;
            sumXy += x * y * dtMinutes;
        }
        resistance = sumXx > MIN_SWING ? sumXy / sumXx : Double.NaN;
    }

    /** The fouling (0 clean .. {@value #MAX_FOULING}), NaN until enough power swings were seen. */
    double fouling() {
        if (Double.isNaN(resistance)) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(MAX_FOULING, (resistance / CLEAN_K_PER_KW - 1) / FOULING_GAIN));
    }
}

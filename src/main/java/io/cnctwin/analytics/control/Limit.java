package io.cnctwin.analytics.control;

/**
 * Operating limits of one metric, all "higher is worse": {@code nominal} is what a healthy machine shows,
 * {@code warning} where attention is needed, {@code critical} where damage or scrap is likely.
 */
public record Limit(double nominal, double warning, double critical) {

    /** Exceedance beyond this is treated as this, so one glitching sensor cannot swamp every other factor. */
    public static final double MAX_EXCEEDANCE = 2.0;

    public Limit {
        if (!(nominal < warning && warning < critical)) {
            throw new IllegalArgumentException(
                    "limits must satisfy nominal < warning < critical, got " + nominal + ", " + warning + ", " + critical);
        }
    }

    /** Half-way between nominal and warning: a value above it is elevated, one below it quiet. */
    public double midpoint() {
        return (nominal + warning) / 2;
    }

    /**
     * Normalised exceedance {@code e = clamp((value - warning) / (critical - warning), 0, MAX_EXCEEDANCE)}:
     * 0 at or below the warning limit, 1 at the critical limit.
     */
    public double exceedance(double value) {
        return clamp((value - warning) / (critical - warning), MAX_EXCEEDANCE);
    }

    /**
     * Wear share {@code clamp((value - nominal) / (critical - nominal), 0, 1)}:
     * 0 at or below nominal, 1 at or beyond the critical limit.
     */
    public double wear(double value) {
        return clamp((value - nominal) / (critical - nominal), 1.0);
    }

    private static double clamp(double value, double max) {
        // NaN (a broken sensor) counts as nothing rather than poisoning every score
        if (Double.isNaN(value) || value <= 0) {
            return 0;
        }
        return Math.min(value, max);
    }
}

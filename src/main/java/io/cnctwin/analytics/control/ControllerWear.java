package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;

/**
 * The tool wear the machine's controller reports through its predictive maintenance score. The controller counts
 * the tool's life (as a CNC's tool-life management does) and folds it into the score with heat, vibration and errors
 * it also reports: score = 1 - exp(-(2.2 w^2 + 0.08 max(0, T - 65) + 0.6 max(0, vibration - 2.5) + 0.05 error rate))
 * (data/README.md, "Predictive maintenance score"). The other terms are in the same reading, so w is what remains.
 * The tool-breakage hazard is exponential in w, and w is what cutting adds to the vibration, so knowing it lets the
 * vibration that is left be read as bearing damage.
 */
final class ControllerWear {

    static final double WEAR_WEIGHT = 2.2;
    static final double HEAT_WEIGHT = 0.08;
    static final double COMFORT_TOP_C = 65;
    static final double VIBRATION_WEIGHT = 0.6;
    static final double VIBRATION_LIMIT_HZ = 2.5;
    static final double ERROR_WEIGHT = 0.05;
    /** The score is written with 4 decimals: 1 would be an infinite stress. */
    static final double MAX_SCORE = 0.9999;

    private ControllerWear() {
    }

    /** The wear w (0 new, 1 end of life) that the reading's maintenance score implies; 0 when nothing is left. */
    static double of(Reading reading) {
        double score = Math.max(0, Math.min(MAX_SCORE, reading.maintenanceScore()));
        double stress = -Math.log(1 - score);
        double others = HEAT_WEIGHT * Math.max(0, reading.temperatureC() - COMFORT_TOP_C)
                + VIBRATION_WEIGHT * Math.max(0, reading.vibrationHz() - VIBRATION_LIMIT_HZ)
                + ERROR_WEIGHT * Math.max(0, reading.errorRatePct());
        return Math.min(1.2, Math.sqrt(Math.max(0, stress - others) / WEAR_WEIGHT));
    }
}

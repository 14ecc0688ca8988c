package io.cnctwin.analytics.control;

import io.cnctwin.telemetry.entity.OperationMode;

/**
 * What a machine of the fleet looks like before it has told anything about itself: the starting point of every
 * per-machine baseline, so a new machine (or one whose baseline was just reset by maintenance) is judged at once
 * instead of after hours of learning. Measured on the training fleets (seeds 42 and 7, 2-minute steps, healthy rows
 * only: no labelled episode within 30 minutes) with {@code FleetPriorsTool}; see docs/detectors.md.
 */
public final class FleetPriors {

    /** Temperature of a housing with no filtered power, the line's intercept (°C). */
    public static final double TEMPERATURE_INTERCEPT_C = 21.7;
    /** Housing heat per filtered kW (K/kW): about 6.5 K per kW of spindle losses. */
    public static final double TEMPERATURE_K_PER_KW = 6.5;

    private FleetPriors() {
    }

    /** Mean and standard deviation of a metric's smoothed level in one mode on healthy machines. */
    public record Level(double mean, double sd) {
    }

    /** The fleet's healthy level of a drift-monitored metric in a mode. */
    public static Level level(Metric metric, OperationMode mode) {
        return switch (metric) {
            case TEMPERATURE -> switch (mode) {
                case ACTIVE -> new Level(55.0, 6.0);
                case IDLE -> new Level(40.0, 6.0);
                case MAINTENANCE -> new Level(36.0, 6.0);
            };
            case VIBRATION -> switch (mode) {
                case ACTIVE -> new Level(1.6, 0.45);
                case IDLE -> new Level(0.4, 0.08);
                case MAINTENANCE -> new Level(0.12, 0.03);
            };
            case ERROR_RATE -> switch (mode) {
                case ACTIVE -> new Level(1.3, 0.8);
                case IDLE -> new Level(0.4, 0.3);
                case MAINTENANCE -> new Level(0.2, 0.2);
            };
            default -> throw new IllegalArgumentException("no prior for " + metric);
        };
    }
}

package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;

/**
 * What a machine of the fleet looks like before it has told anything about itself: the starting point of every
 * per-machine baseline, so a new machine (or one whose baseline was just reset by maintenance) is judged at once
 * instead of after hours of learning. The levels are the per-mode mean and standard deviation of all rows of the
 * training fleet (seed 7, 10 machines x 7 days, 2-minute steps; faults included, so the deviations are generous),
 * rounded; the temperature line is the housing's physics (data/README.md: 6.5 K per kW of spindle heat, coolant at
 * about 32 °C, 1.6 kW of auxiliary power that heats nothing). See docs/detectors.md.
 */
public final class FleetPriors {

    /** Temperature of a housing with no filtered power, the line's intercept (°C): 32 - 6.5 x 1.6. */
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
                case ACTIVE -> new Level(58.5, 6.5);
                case IDLE -> new Level(40.0, 6.5);
                case MAINTENANCE -> new Level(40.0, 8.0);
            };
            case VIBRATION -> switch (mode) {
                case ACTIVE -> new Level(1.4, 0.3);
                case IDLE -> new Level(0.38, 0.06);
                case MAINTENANCE -> new Level(0.12, 0.02);
            };
            case ERROR_RATE -> switch (mode) {
                case ACTIVE -> new Level(1.0, 0.6);
                case IDLE -> new Level(0.35, 0.3);
                case MAINTENANCE -> new Level(0.15, 0.3);
            };
            default -> throw new IllegalArgumentException("no prior for " + metric);
        };
    }
}

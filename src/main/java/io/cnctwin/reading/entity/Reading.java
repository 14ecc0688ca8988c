package io.cnctwin.reading.entity;

import java.time.LocalDateTime;

/**
 * One sensor row of one machine, as the data set defines it. {@code timestamp} is UTC.
 * {@code efficiencyLabel} is the source's own label and may be null (some variants of the file have none).
 * <p>
 * A measured value the source did not report (an MTConnect data item that is not mapped or is {@code UNAVAILABLE},
 * a field left out of a posted reading, an empty CSV cell) is {@link #MISSING}: {@code Double.NaN}, tested with
 * {@link #missing(double)}. NaN rather than a boxed null keeps the record primitive (no allocation and no unboxing on
 * the per-reading path), and every comparison with NaN is false, so a missing value never crosses a limit. It is never
 * 0: the store writes it as NULL, JSON as {@code null} ({@link #measured(double)}), CSV as an empty cell.
 */
public record Reading(
        int machineId,
        LocalDateTime timestamp,
        OperationMode mode,
        double temperatureC,
        double vibrationHz,
        double powerKw,
        double latencyMs,
        double packetLossPct,
        double defectRatePct,
        double productionSpeed,
        double maintenanceScore,
        double errorRatePct,
        EfficiencyStatus efficiencyLabel) {

    /** A value that was not measured. */
    public static final double MISSING = Double.NaN;

    /** True when {@code value} was not measured. */
    public static boolean missing(double value) {
        return Double.isNaN(value);
    }

    /** The value for JSON and other boxed clients: null when not measured. */
    public static Double measured(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** The value of a boxed client: {@link #MISSING} for null. */
    public static double orMissing(Double value) {
        return value == null ? MISSING : value;
    }

    /** True when every measured field has a value (the data set's files and the simulation always do). */
    public boolean complete() {
        return !(missing(temperatureC) || missing(vibrationHz) || missing(powerKw) || missing(latencyMs)
                || missing(packetLossPct) || missing(defectRatePct) || missing(productionSpeed)
                || missing(maintenanceScore) || missing(errorRatePct));
    }
}

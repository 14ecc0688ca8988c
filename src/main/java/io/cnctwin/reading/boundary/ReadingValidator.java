package io.cnctwin.reading.boundary;

import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;

/**
 * Rejects readings no real machine can produce: infinite numbers, values outside physical bounds, and times
 * outside 1970..9999 (which would fail in the database and, in a replay, stop the twin at that row).
 * The bounds are deliberately wider than the data set's ranges: a real machine may leave them, a sensor bug
 * (negative packet loss, a 10,000 degree spindle) may not. A value not measured ({@link Reading#MISSING}) passes:
 * only machine, timestamp and operation mode are required.
 */
public final class ReadingValidator {

    /** Times every store and client can hold; a year like +999999999 parses but no database column takes it. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1970, 1, 1, 0, 0);
    static final LocalDateTime LATEST = LocalDateTime.of(9999, 1, 1, 0, 0);

    private ReadingValidator() {
    }

    public static void validate(Reading r) throws RowRejectedException {
        if (r.machineId() < 1 || r.machineId() > 1_000_000) {
            throw new RowRejectedException("Machine_ID " + r.machineId() + " outside 1..1000000");
        }
        if (r.timestamp().isBefore(EARLIEST) || !r.timestamp().isBefore(LATEST)) {
            throw new RowRejectedException("Timestamp " + r.timestamp() + " outside " + EARLIEST.toLocalDate() + ".."
                    + LATEST.toLocalDate());
        }
        check("Temperature_C", r.temperatureC(), -40, 250);
        check("Vibration_Hz", r.vibrationHz(), 0, 1_000);
        check("Power_Consumption_kW", r.powerKw(), 0, 1_000);
        check("Network_Latency_ms", r.latencyMs(), 0, 60_000);
        check("Packet_Loss_%", r.packetLossPct(), 0, 100);
        check("Quality_Control_Defect_Rate_%", r.defectRatePct(), 0, 100);
        check("Production_Speed_units_per_hr", r.productionSpeed(), 0, 100_000);
        check("Predictive_Maintenance_Score", r.maintenanceScore(), 0, 1);
        check("Error_Rate_%", r.errorRatePct(), 0, 100);
    }

    private static void check(String column, double value, double min, double max) throws RowRejectedException {
        if (Reading.missing(value)) {
            return;
        }
        if (Double.isInfinite(value)) {
            throw new RowRejectedException(column + " is not a finite number");
        }
        if (value < min || value > max) {
            throw new RowRejectedException(column + " " + value + " outside the physical range " + min + ".." + max);
        }
    }
}
